// Paths related to each requested path, best first, with the evidence that relates them.
// score = sum over the evidence of its weight:
//   an object both paths show:        $objectWeight
//   a concept both paths' objects are about: ln(N / df(c)), N paths in all, df(c) paths showing
//                                     an object about c (rarity)
//   a link from an object of one path to the other path: $linkWeight
// Only objects the caller may see are evidence, so a teacher-only object never names itself in a
// reason; translations (same hruid) are excluded; ties go to the smaller key.
CALL () {
  MATCH (x:LearningPath)
  RETURN count(x) AS total
}
UNWIND $requests AS r
MATCH (s:LearningPath {key: r.key})
CALL (s, total) {
  MATCH (s)-[:HAS_NODE]->(:PathNode)-[:SHOWS]->(o:LearningObject)<-[:SHOWS]-(:PathNode)<-[:HAS_NODE]-(p:LearningPath)
    WHERE p <> s AND /*+ visible(o) */
  RETURN DISTINCT p, 'object' AS kind, o.key AS label, $objectWeight AS weight
  UNION ALL
  MATCH (s)-[:HAS_NODE]->(:PathNode)-[:SHOWS]->(o:LearningObject)-[:ABOUT]->(c:Concept)
    WHERE /*+ visible(o) */
  WITH DISTINCT c
  MATCH (c)<-[:ABOUT]-(o:LearningObject)<-[:SHOWS]-(:PathNode)<-[:HAS_NODE]-(p:LearningPath)
    WHERE /*+ visible(o) */
  WITH c, collect(DISTINCT p) AS about
  UNWIND about AS p
  RETURN p, 'concept' AS kind, c.uri AS label, log(toFloat(total) / size(about)) AS weight
  UNION ALL
  MATCH (s)-[:HAS_NODE]->(:PathNode)-[:SHOWS]->(o:LearningObject)-[:LINKS_TO]->(p:LearningPath)
    WHERE /*+ visible(o) */
  RETURN DISTINCT p, 'links to' AS kind, o.key AS label, $linkWeight AS weight
  UNION ALL
  MATCH (s)<-[:LINKS_TO]-(o:LearningObject)<-[:SHOWS]-(:PathNode)<-[:HAS_NODE]-(p:LearningPath)
    WHERE /*+ visible(o) */
  RETURN DISTINCT p, 'linked from' AS kind, o.key AS label, $linkWeight AS weight
}
WITH r, s, p, kind, label, weight
  WHERE p.hruid <> s.hruid
  AND p.language IN coalesce(r.languages, [s.language])
WITH r, p, kind, label, weight
  ORDER BY kind, label
WITH r, p, sum(weight) AS score, collect(kind + ': ' + label) AS reasons
  ORDER BY score DESC, p.key
// Only the first r.first candidates are projected.
WITH r, collect({p: p, score: score, reasons: reasons})[0..r.first] AS best
CALL (best) {
  UNWIND best AS b
  WITH b, b.p AS p
  RETURN collect({path: p {.*}, score: b.score, reasons: b.reasons}) AS related
}
RETURN r.id AS id, related
