package org.pathgraph.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.pathgraph.api.BadRequestException;
import org.pathgraph.api.PageInfo;
import org.pathgraph.api.Role;
import org.pathgraph.content.LearningObject;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.pathgraph.path.LearningPath;
import org.springframework.stereotype.Repository;

/** Runs searches: one Cypher round trip each, hits, total and facets together. */
@Repository
class SearchRepository {

  private final Graph graph;

  SearchRepository(Graph graph) {
    this.graph = graph;
  }

  /**
   * A page of objects matching {@code query}.
   *
   * @param language the search's language (its index and a condition on hits), or null
   * @param filter the parameters of {@code fragments/filter.cypher}
   * @param facets whether to count the facets (only when the client asked for them)
   * @param snippets whether to make snippets
   */
  SearchConnection objects(
      SearchQuery query,
      String language,
      Map<String, Object> filter,
      int size,
      SearchCursor after,
      Role role,
      boolean facets,
      boolean snippets) {
    // A filter on the language picks the analyzer too, when the search names none.
    String indexLanguage = language != null ? language : (String) filter.get("language");
    Map<String, Object> params = new HashMap<>(filter);
    params.put(
        "indexes",
        indexLanguage == null
            ? SearchLanguage.allObjectIndexes(role)
            : List.of(SearchLanguage.of(indexLanguage).objectIndex(role)));
    params.put("searchLanguage", language);
    params.put("facets", facets);
    params.put("role", role.name());
    Record row = run(Statement.SEARCH_OBJECTS, query, params, size, after);

    List<Value> hits = row.get("page").asList(v -> v);
    boolean hasNext = hits.size() > size;
    List<SearchEdge> page = new ArrayList<>();
    for (Value hit : hasNext ? hits.subList(0, size) : hits) {
      Value props = hit.get("object");
      LearningObject o = LearningObject.from(props);
      double score = hit.get("score").asDouble();
      String snippet =
          snippets
              ? snippet(
                  query,
                  o.language(),
                  Arrays.asList(
                      props.get("searchText").asString(null),
                      text(o.description()),
                      text(o.title())))
              : null;
      page.add(new SearchEdge(new SearchCursor(score, o.key()).encode(), o, score, snippet));
    }
    List<Facet> facetList = new ArrayList<>();
    if (facets) {
      for (Value f : row.get("facets").values()) {
        facetList.add(
            new Facet(
                f.get("field").asString(),
                f.get("buckets")
                    .asList(
                        b -> new FacetBucket(b.get("value").asString(), b.get("count").asInt()))));
      }
    }
    return new SearchConnection(
        List.copyOf(page),
        PageInfo.of(page, SearchEdge::cursor, hasNext, after != null),
        row.get("total").asInt(),
        facetList);
  }

  /** A page of paths matching {@code query}; {@code language} as for objects. */
  LearningPathSearchConnection paths(
      SearchQuery query, String language, int size, SearchCursor after, boolean snippets) {
    Map<String, Object> params = new HashMap<>();
    params.put(
        "indexes",
        language == null
            ? SearchLanguage.allPathIndexes()
            : List.of(SearchLanguage.of(language).pathIndex()));
    params.put("searchLanguage", language);
    Record row = run(Statement.SEARCH_PATHS, query, params, size, after);
    List<Value> hits = row.get("page").asList(v -> v);
    boolean hasNext = hits.size() > size;
    List<LearningPathSearchEdge> page = new ArrayList<>();
    for (Value hit : hasNext ? hits.subList(0, size) : hits) {
      LearningPath p = LearningPath.from(hit.get("path"));
      double score = hit.get("score").asDouble();
      String snippet =
          snippets ? snippet(query, p.language(), Arrays.asList(p.description(), p.title())) : null;
      page.add(
          new LearningPathSearchEdge(new SearchCursor(score, p.key()).encode(), p, score, snippet));
    }
    return new LearningPathSearchConnection(
        List.copyOf(page),
        PageInfo.of(page, LearningPathSearchEdge::cursor, hasNext, after != null),
        row.get("total").asInt());
  }

  private Record run(
      Statement statement,
      SearchQuery query,
      Map<String, Object> params,
      int size,
      SearchCursor after) {
    params.put("query", query.lucene());
    params.put("limit", size + 1);
    params.put("afterScore", after == null ? null : after.score());
    params.put("afterKey", after == null ? null : after.key());
    try {
      return graph.read(statement, params).get(0);
    } catch (ClientException e) {
      // The query was checked with Lucene's parser already; the index's own parser may still
      // refuse what it cannot run (a wildcard matching too many terms): the caller's doing.
      String message = e.getMessage() == null ? "" : e.getMessage();
      // Its messages name Lucene's classes: the client gets ours.
      if (message.contains("TooManyClauses") || message.contains("maxClauseCount")) {
        throw new BadRequestException(
            "argument 'query' matches too many words to search (a wildcard, fuzzy or range term"
                + " that expands too far); make it more specific");
      }
      if (message.contains("ParseException")) {
        throw new BadRequestException(
            "argument 'query' cannot be searched: the full-text index refuses its syntax");
      }
      throw e;
    }
  }

  private static String snippet(SearchQuery query, String language, List<String> texts) {
    SearchLanguage index = SearchLanguage.of(language);
    return Snippets.of(index.analyzer(), query.terms().get(index), texts);
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }
}
