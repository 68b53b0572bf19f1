package org.pathgraph.render;

/**
 * The six sections of a {@code text/ct-schema} object, each as sanitized HTML ({@code ""} when the
 * section is absent).
 */
public record CtSchema(
    String context,
    String decomposition,
    String patternRecognition,
    String abstraction,
    String algorithms,
    String implementation) {}
