package org.pathgraph.search;

import java.util.List;
import org.pathgraph.api.PageInfo;

/** A page of search hits over learning paths. */
record LearningPathSearchConnection(
    List<LearningPathSearchEdge> edges, PageInfo pageInfo, int totalCount) {}
