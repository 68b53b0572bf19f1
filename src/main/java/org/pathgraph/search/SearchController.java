package org.pathgraph.search;

import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.Map;
import org.pathgraph.api.Cursors;
import org.pathgraph.api.Role;
import org.pathgraph.content.ObjectFilter;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.search} and {@code Query.searchPaths}. Facets and snippets are only made when the
 * document selects them; the hits' own fields are the batched fields of their types.
 */
@Controller
class SearchController {

  private final SearchRepository search;

  SearchController(SearchRepository search) {
    this.search = search;
  }

  @QueryMapping
  SearchConnection search(
      @Argument String query,
      @Argument String language,
      @Argument Map<String, Object> filter,
      @Argument Boolean advanced,
      @Argument Integer first,
      @Argument String after,
      DataFetchingFieldSelectionSet selection,
      Role role) {
    return search.objects(
        SearchQuery.of(query, Boolean.TRUE.equals(advanced)),
        language,
        ObjectFilter.parameters(filter),
        Cursors.pageSize(first),
        SearchCursor.decode(after),
        role,
        selection.contains("facets"),
        selection.contains("edges/snippet"));
  }

  @QueryMapping
  LearningPathSearchConnection searchPaths(
      @Argument String query,
      @Argument String language,
      @Argument Boolean advanced,
      @Argument Integer first,
      @Argument String after,
      DataFetchingFieldSelectionSet selection) {
    return search.paths(
        SearchQuery.of(query, Boolean.TRUE.equals(advanced)),
        language,
        Cursors.pageSize(first),
        SearchCursor.decode(after),
        selection.contains("edges/snippet"));
  }
}
