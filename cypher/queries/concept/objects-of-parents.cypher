// One page of visible objects per request, for concepts ({kind: 'concept', key: uri, narrower})
// and goals ({kind: 'goal', key: 'source|id'}) alike: every parent of a request in one round trip.
// With `narrower`, a concept stands for itself and every concept below it (BROADER at any depth).
// The page is cut before it is projected (projecting every match read all their properties).
// r.filter holds a LearningObjectFilter's parameters, the same conditions as content/page-objects.
UNWIND $requests AS r
CALL (r) {
  CALL (r) {
    MATCH (c:Concept {uri: r.key})
      WHERE r.kind = 'concept'
    CALL (c, r) {
      MATCH (c)<-[:BROADER]-*(n:Concept)
        WHERE r.narrower OR n = c
      RETURN DISTINCT n
    }
    MATCH (n)<-[:ABOUT]-(o:LearningObject)
    RETURN o
    UNION
    MATCH (:Goal {key: r.key})<-[:ADDRESSES]-(o:LearningObject)
      WHERE r.kind = 'goal'
    RETURN o
  }
  WITH DISTINCT o, r.filter AS f
    WHERE /*+ visible(o) */
    AND (f.language IS NULL OR o.language = f.language)
    AND (f.contentType IS NULL OR o.contentType = f.contentType)
    AND (f.concept IS NULL OR EXISTS { (o)-[:ABOUT]->(:Concept {uri: f.concept}) })
    AND (f.goalKey IS NULL OR EXISTS { (o)-[:ADDRESSES]->(:Goal {key: f.goalKey}) })
    AND (f.targetAge IS NULL OR f.targetAge IN coalesce(o.targetAges, []))
    AND (f.minDifficulty IS NULL OR o.difficulty >= f.minDifficulty)
    AND (f.maxDifficulty IS NULL OR o.difficulty <= f.maxDifficulty)
    AND (f.minEstimatedTime IS NULL OR o.estimatedTime >= f.minEstimatedTime)
    AND (f.maxEstimatedTime IS NULL OR o.estimatedTime <= f.maxEstimatedTime)
    AND (f.keyword IS NULL OR any(k IN coalesce(o.keywords, []) WHERE toLower(k) = toLower(f.keyword)))
    AND (f.teacherExclusive IS NULL OR o.teacherExclusive = f.teacherExclusive)
    AND (f.available IS NULL OR o.available = f.available)
  WITH o
    ORDER BY o.key
  WITH collect(o) AS matches
  RETURN size(matches) AS total,
         [x IN [y IN matches WHERE r.after IS NULL OR y.key > r.after][0..r.limit]
           | x {.*, searchText: null}] AS page
}
RETURN r.id AS id, total, page
