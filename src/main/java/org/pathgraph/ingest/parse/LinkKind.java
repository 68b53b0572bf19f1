package org.pathgraph.ingest.parse;

/** The kinds of reference that content makes to paths and other objects. */
public enum LinkKind {
  /** A {@code learning-path.html?hruid=..&language=..} URL: object to path. */
  PATH_LINK,
  /** An image-style {@code ![..](@learning-object/h/l/v)} embed: object to object. */
  OBJECT_EMBED,
  /** A {@code [..](@learning-object/h/l/v)} or {@code getWrapped?...} link: object to object. */
  OBJECT_LINK
}
