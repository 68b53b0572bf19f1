package org.pathgraph.support;

import java.time.Duration;
import org.pathgraph.security.Tokens;

/** The secret the test contexts run with, and tokens signed with it. */
public final class Tokens4Tests {

  public static final String SECRET = "pathgraph-test-secret-of-at-least-32-bytes";

  private Tokens4Tests() {}

  public static String teacher() {
    return Tokens.mint(SECRET, "TEACHER", Duration.ofMinutes(10));
  }

  public static String admin() {
    return Tokens.mint(SECRET, "ADMIN", Duration.ofMinutes(10));
  }
}
