package org.pathgraph.api;

/**
 * A field the request's role may not use: UNAUTHORIZED for an anonymous request (a token would
 * help), FORBIDDEN for a token whose role is not enough.
 */
public final class NotAllowedException extends RuntimeException {

  private final boolean anonymous;

  private NotAllowedException(boolean anonymous, String message) {
    super(message);
    this.anonymous = anonymous;
  }

  /** Refuses {@code what} unless the request behind {@code role} is an admin's. */
  public static void requireAdmin(Role role, String what) {
    if (role == Role.ADMIN) {
      return;
    }
    boolean anonymous = role == Role.ANONYMOUS;
    throw new NotAllowedException(
        anonymous,
        what
            + " is for admins only: "
            + (anonymous
                ? "send a bearer token with the ADMIN role"
                : "this token's role is " + role + ", not ADMIN"));
  }

  /** True when the request had no token. */
  public boolean anonymous() {
    return anonymous;
  }
}
