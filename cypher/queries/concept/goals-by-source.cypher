// The goals addressed by at least one object the caller may see, grouped by source: a goal only
// teacher-only objects address is not listed for learners.
MATCH (g:Goal)
  WHERE ($source IS NULL OR g.source = $source)
  AND EXISTS {
    MATCH (g)<-[:ADDRESSES]-(o:LearningObject)
      WHERE /*+ visible(o) */
  }
WITH g
  ORDER BY g.source, g.id
WITH g.source AS source, collect(g {.*}) AS goals
RETURN source, goals
  ORDER BY source
