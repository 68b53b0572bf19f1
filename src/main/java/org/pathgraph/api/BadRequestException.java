package org.pathgraph.api;

/** A request argument the server cannot serve; reaches the client as a BAD_REQUEST error. */
public class BadRequestException extends RuntimeException {

  /** With the message the client sees. */
  public BadRequestException(String message) {
    super(message);
  }
}
