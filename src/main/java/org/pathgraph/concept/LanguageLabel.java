package org.pathgraph.concept;

/** A label and its language tag, as the GraphQL type {@code LanguageLabel} shows it. */
public record LanguageLabel(String language, String text) {}
