package org.pathgraph.neo4j;

import java.time.Duration;

/** A request ran out of time; its running statement was cancelled by the database. */
public final class RequestTimeoutException extends RuntimeException {

  RequestTimeoutException(Duration timeout, Throwable cause) {
    super(
        "the request took longer than its timeout of "
            + format(timeout)
            + " (pathgraph.limits.timeout) and its database work was cancelled; ask for less",
        cause);
  }

  private static String format(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
