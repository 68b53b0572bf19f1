package org.pathgraph.neo4j;

/**
 * Every Cypher statement the application runs, one constant per file of {@code cypher/queries}:
 * {@code NODES_OF_PATHS("path")} is {@code cypher/queries/path/nodes-of-paths.cypher}. {@link
 * CypherQueries} loads them all when the application starts and fails the boot when a constant has
 * no file, a file has no constant, or the database cannot plan a statement: a misspelt name or
 * broken Cypher never waits for the request that reaches it.
 */
public enum Statement {
  ALL_SCHEMES("concept"),
  FIND_CONCEPT("concept"),
  FIND_GOAL("concept"),
  GOALS_BY_SOURCE("concept"),
  LOOKUP_CONCEPTS("concept"),
  OBJECTS_OF_PARENTS("concept"),
  PAGE_CONCEPTS("concept"),
  RELATIVES_OF_CONCEPTS("concept"),
  SCHEMES_OF_CONCEPTS("concept"),
  TOP_CONCEPTS_OF_SCHEMES("concept"),
  CONCEPTS_OF_OBJECTS("content"),
  EMBEDS_OF_OBJECTS("content"),
  FIND_ASSET_FOLDER("content"),
  FIND_OBJECT("content"),
  LINKS_FROM_OBJECTS("content"),
  LINKS_TO_OBJECTS("content"),
  OBJECTS_BY_KEYS("content"),
  PAGE_OBJECTS("content"),
  RELATED_OBJECTS("content"),
  TRANSLATIONS_OF_OBJECTS("content"),
  VERSIONS_OF_OBJECTS("content"),
  ACQUIRE_LOCK("ingest"),
  DELETE_OBJECT("ingest"),
  DELETE_PATH("ingest"),
  LOAD_REPORT("ingest"),
  READ_STATE("ingest"),
  READ_VOCABULARY_STATE("ingest"),
  RELEASE_LOCK("ingest"),
  RENEW_LOCK("ingest"),
  RESOLVE_REFERENCES("ingest"),
  SAVE_REPORT("ingest"),
  UPSERT_OBJECTS("ingest"),
  UPSERT_PATHS("ingest"),
  UPSERT_VOCABULARY("ingest"),
  FIND_PATH("path"),
  LINKED_PATHS("path"),
  LINKS_TO_PATHS("path"),
  NODES_OF_PATHS("path"),
  OBJECTS_OF_NODES("path"),
  PAGE_PATHS("path"),
  PATH_IMAGE("path"),
  PATHS_BY_KEYS("path"),
  PATHS_OF_OBJECTS("path"),
  PATHS_OF_PARENTS("path"),
  RELATED_PATHS("path"),
  STATS_OF_PATHS("path"),
  SEARCH_OBJECTS("search"),
  SEARCH_PATHS("search");

  private final String file;

  /** A statement of {@code cypher/queries/{folder}/}, its file named after the constant. */
  Statement(String folder) {
    this.file = folder + "/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The file's path below {@code cypher/queries/}, without {@code .cypher}. */
  public String file() {
    return file;
  }
}
