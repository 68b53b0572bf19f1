package org.pathgraph.search;

import java.util.List;
import org.pathgraph.api.PageInfo;

/** A page of search hits over learning objects, with the facets of every hit. */
record SearchConnection(
    List<SearchEdge> edges, PageInfo pageInfo, int totalCount, List<Facet> facets) {}
