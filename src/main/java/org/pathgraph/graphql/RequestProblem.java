package org.pathgraph.graphql;

import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request answered with a 4xx before anything runs: its status, its message (in the client's
 * terms) and the headers that go with it ({@code Allow}, {@code Accept}).
 */
final class RequestProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final transient Consumer<HttpHeaders> headers;

  RequestProblem(HttpStatus status, String message) {
    this(status, message, h -> {});
  }

  RequestProblem(HttpStatus status, String message, Consumer<HttpHeaders> headers) {
    // A client's mistake, not the server's: no stack trace to fill.
    super(message, null, false, false);
    this.status = status;
    this.headers = headers;
  }

  HttpStatus status() {
    return status;
  }

  Consumer<HttpHeaders> headers() {
    return headers;
  }
}
