// One page of the visible objects of a parent, for page request o (api/PageRequest: {kind:
// 'concept', key: uri, narrower} or {kind: 'goal', key: 'source|id'}, with filter, after, limit
// and properties): {total, page}, page holding the values of o.properties of each object (names
// from content/ObjectProjection). With `narrower`, a concept stands for itself and every concept
// below it (BROADER at any depth). The page is cut before it is projected. o.filter holds a
// LearningObjectFilter's parameters, the same conditions as fragments/filter on parameters.
// (The matches are bound by a one-element list comprehension: an aggregation inside a COLLECT
// subquery that reads the outer request does not plan.)
[matches IN [COLLECT {
  CALL (o) {
    MATCH (c:Concept {uri: o.key})
      WHERE o.kind = 'concept'
    CALL (c, o) {
      MATCH (c)<-[:BROADER]-*(n:Concept)
        WHERE o.narrower OR n = c
      RETURN DISTINCT n
    }
    MATCH (n)<-[:ABOUT]-(x:LearningObject)
    RETURN x
    UNION
    MATCH (:Goal {key: o.key})<-[:ADDRESSES]-(x:LearningObject)
      WHERE o.kind = 'goal'
    RETURN x
  }
  WITH DISTINCT x, o.filter AS f
    WHERE /*+ visible(x) */
    AND (f.language IS NULL OR x.language = f.language)
    AND (f.contentType IS NULL OR x.contentType = f.contentType)
    AND (f.concept IS NULL OR EXISTS { (x)-[:ABOUT]->(:Concept {uri: f.concept}) })
    AND (f.goalKey IS NULL OR EXISTS { (x)-[:ADDRESSES]->(:Goal {key: f.goalKey}) })
    AND (f.targetAge IS NULL OR f.targetAge IN coalesce(x.targetAges, []))
    AND (f.minDifficulty IS NULL OR x.difficulty >= f.minDifficulty)
    AND (f.maxDifficulty IS NULL OR x.difficulty <= f.maxDifficulty)
    AND (f.minEstimatedTime IS NULL OR x.estimatedTime >= f.minEstimatedTime)
    AND (f.maxEstimatedTime IS NULL OR x.estimatedTime <= f.maxEstimatedTime)
    AND (f.keyword IS NULL OR any(k IN coalesce(x.keywords, []) WHERE toLower(k) = toLower(f.keyword)))
    AND (f.teacherExclusive IS NULL OR x.teacherExclusive = f.teacherExclusive)
    AND (f.available IS NULL OR x.available = f.available)
  RETURN x
    ORDER BY x.key
}] | {total: size(matches),
      page: [y IN [z IN matches WHERE o.after IS NULL OR z.key > o.after][0..o.limit]
             | [name IN o.properties | y[name]]]}][0]
