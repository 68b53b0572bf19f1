package org.pathgraph.render;

import java.util.List;

/**
 * Sanitized HTML plus the problems met on the way; {@code ctSchema} and {@code giftQuiz} are set
 * only for those content types.
 */
public record RenderResult(
    String html, List<String> warnings, CtSchema ctSchema, GiftQuiz giftQuiz) {

  public RenderResult {
    warnings = List.copyOf(warnings);
  }

  public RenderResult(String html, List<String> warnings) {
    this(html, warnings, null, null);
  }
}
