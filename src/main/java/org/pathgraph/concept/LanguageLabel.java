package org.pathgraph.concept;

/** A label and its language tag, as the GraphQL type {@code LanguageLabel} shows it. */
record LanguageLabel(String language, String text) {}
