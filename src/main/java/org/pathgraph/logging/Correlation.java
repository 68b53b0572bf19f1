package org.pathgraph.logging;

import java.util.UUID;
import org.slf4j.MDC;

/**
 * Correlation ids: an error whose details a client may not see carries one ({@code
 * extensions.correlationId}), and the log line with the details carries the same, in its text and
 * in the MDC (so JSON logs have it as a field).
 */
public final class Correlation {

  /** The extension's and the MDC entry's name. */
  public static final String KEY = "correlationId";

  private Correlation() {}

  /** A new id, unique enough to find one log line among a day's. */
  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /** Runs {@code logging} with {@code id} in the MDC. */
  public static void log(String id, Runnable logging) {
    MDC.put(KEY, id);
    try {
      logging.run();
    } finally {
      MDC.remove(KEY);
    }
  }
}
