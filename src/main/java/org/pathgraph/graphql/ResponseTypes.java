package org.pathgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;

/** Which of the two GraphQL response media types a client gets. */
final class ResponseTypes {

  static final MediaType GRAPHQL_RESPONSE = MediaTypes.APPLICATION_GRAPHQL_RESPONSE;

  private ResponseTypes() {}

  /**
   * The first of {@code application/graphql-response+json} and {@code application/json} the client
   * accepts by quality; {@code application/json} for anything else ({@code *}{@code /*}, none,
   * unknown), as legacy clients expect.
   */
  static MediaType of(ServerRequest request) {
    List<MediaType> accepted;
    try {
      accepted =
          new ArrayList<>(MediaType.parseMediaTypes(request.headers().header(HttpHeaders.ACCEPT)));
    } catch (InvalidMediaTypeException e) {
      return MediaType.APPLICATION_JSON;
    }
    // Stable: among equal qualities the client's order wins.
    accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType type : accepted) {
      if (type.getQualityValue() == 0) {
        continue;
      }
      if (GRAPHQL_RESPONSE.equalsTypeAndSubtype(type)) {
        return GRAPHQL_RESPONSE;
      }
      if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
        return MediaType.APPLICATION_JSON;
      }
    }
    return MediaType.APPLICATION_JSON;
  }

  /** The same type with {@code charset=utf-8}, as every answer is written. */
  static MediaType utf8(MediaType type) {
    return new MediaType(type, StandardCharsets.UTF_8);
  }
}
