package org.pathgraph.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a learning object's source into sanitized HTML. Built once from {@link RenderOptions}; a
 * pure function of its inputs and safe to share between threads.
 */
public final class Renderer {

  private final RenderOptions options;
  private final MarkdownEngine markdown;
  private final SanitizerPolicy sanitizer;

  public Renderer(RenderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.markdown = new MarkdownEngine();
    this.sanitizer = new SanitizerPolicy(options);
  }

  /** Renders {@code request}, resolving embedded objects and assets through {@code resolver}. */
  public RenderResult render(RenderRequest request, ReferenceResolver resolver) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(resolver, "resolver");
    List<String> warnings = new ArrayList<>();
    RenderSession session = new RenderSession(options, markdown, sanitizer, resolver);
    RenderSession.Outcome outcome = session.renderRoot(request, warnings);
    String html = sanitizer.clean(outcome.document(), warnings);
    return new RenderResult(html, warnings, outcome.ctSchema(), outcome.giftQuiz());
  }

  RenderOptions options() {
    return options;
  }
}
