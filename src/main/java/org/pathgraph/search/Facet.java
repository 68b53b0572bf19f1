package org.pathgraph.search;

import java.util.List;

/** The values one field takes over a search's hits, with how many hits have each. */
record Facet(String field, List<FacetBucket> buckets) {}
