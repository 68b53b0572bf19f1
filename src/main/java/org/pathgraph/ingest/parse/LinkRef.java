package org.pathgraph.ingest.parse;

/**
 * A reference found in an object's content.
 *
 * @param target {@code hruid/language} for a path, {@code hruid/language/version} for an object
 * @param fragment for a path link, the object key its {@code #hruid;lang;version} fragment names
 *     (as {@code hruid/language/version}), else null
 */
public record LinkRef(LinkKind kind, String target, String fragment) {}
