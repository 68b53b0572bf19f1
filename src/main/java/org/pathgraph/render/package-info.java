/**
 * Learning-object content to safe HTML, as a pure function: {@link org.pathgraph.render.Renderer}
 * takes a {@link org.pathgraph.render.RenderRequest} and a {@link
 * org.pathgraph.render.ReferenceResolver} and knows nothing of Spring or Neo4j.
 *
 * <p>Markdown goes: math spans protected, flexmark (CommonMark + GFM), jsoup DOM, math restored,
 * Dwengo references rewritten ({@code @learning-object}, {@code @youtube}, assets, old path links),
 * embedded objects rendered recursively, then one pass of the allowlist in {@code SanitizerPolicy},
 * whose Javadoc is the written policy.
 */
package org.pathgraph.render;
