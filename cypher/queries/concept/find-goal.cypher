// A goal exists for a caller only through an object the caller may see: one that only
// teacher-only objects address is not confirmed to learners.
MATCH (g:Goal {key: $key})
  WHERE EXISTS {
    MATCH (g)<-[:ADDRESSES]-(o:LearningObject)
      WHERE /*+ visible(o) */
  }
RETURN g {.*} AS g
