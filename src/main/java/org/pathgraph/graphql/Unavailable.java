package org.pathgraph.graphql;

import graphql.ErrorClassification;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The classification of an error caused by the database being out of reach: the request was fine
 * and may succeed when retried, unlike an INTERNAL_ERROR.
 */
enum Unavailable implements ErrorClassification {
  UNAVAILABLE;

  static final String MESSAGE = "the database is unavailable; try again shortly";

  /** True when {@code e} or one of its causes says the database cannot be reached. */
  static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // The driver's own exceptions: no Spring Data layer translates them.
      if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
        return true;
      }
    }
    return false;
  }
}
