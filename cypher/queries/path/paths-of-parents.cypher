// One page of paths per request, for concepts ({kind: 'concept', key: uri, narrower}) and goals
// ({kind: 'goal', key: 'source|id'}): the paths with a node showing an object the caller may see
// that is about the concept (or one below it) or addresses the goal. Every parent in one trip.
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
  WITH o
    WHERE /*+ visible(o) */
  MATCH (o)<-[:SHOWS]-(:PathNode)<-[:HAS_NODE]-(p:LearningPath)
  WITH DISTINCT p
    ORDER BY p.key
  WITH collect(p) AS matches
  RETURN size(matches) AS total,
         [x IN [y IN matches WHERE r.after IS NULL OR y.key > r.after][0..r.limit] | x {.*}] AS page
}
RETURN r.id AS id, total, page
