package org.pathgraph.api;

/**
 * A request went over a limit while it ran; reaches the client as a BAD_REQUEST error naming the
 * setting and its value, as the limits checked before execution do.
 */
public final class LimitExceededException extends RuntimeException {

  private final String setting;
  private final long max;

  /**
   * With the message the client sees, followed by the setting's full name.
   *
   * @param setting the setting under {@code pathgraph.limits.}, such as {@code condition-budget}
   */
  public LimitExceededException(String message, String setting, long max) {
    super(message + " (pathgraph.limits." + setting + ")");
    this.setting = "pathgraph.limits." + setting;
    this.max = max;
  }

  /** The setting's full name. */
  public String setting() {
    return setting;
  }

  /** The setting's value. */
  public long max() {
    return max;
  }
}
