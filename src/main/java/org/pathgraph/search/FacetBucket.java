package org.pathgraph.search;

/** One value of a facet and the number of hits that have it. */
record FacetBucket(String value, int count) {}
