// One page of visible objects per request, for concepts ({kind: 'concept', key: uri}) and goals
// ({kind: 'goal', key: 'source|id'}) alike: every parent of a request in one round trip.
UNWIND $requests AS r
CALL (r) {
  CALL (r) {
    MATCH (:Concept {uri: r.key})<-[:ABOUT]-(o:LearningObject)
      WHERE r.kind = 'concept'
    RETURN o
    UNION
    MATCH (:Goal {key: r.key})<-[:ADDRESSES]-(o:LearningObject)
      WHERE r.kind = 'goal'
    RETURN o
  }
  WITH o
    WHERE /*+ visible(o) */
  WITH o
    ORDER BY o.key
  WITH collect(o) AS matches
  RETURN size(matches) AS total,
         [x IN matches WHERE r.after IS NULL OR x.key > r.after | x {.*}][0..r.limit] AS page
}
RETURN r.id AS id, total, page
