// Objects related to each requested object, best first, with the evidence that relates them.
// score = sum over the evidence of its weight:
//   a shared concept c:           ln(N / df(c)), N objects the caller may see, df(c) those of them
//                                 about c (rarity), so a score tells nothing of hidden objects
//   a shared educational goal:    $goalWeight
//   a shared keyword:             $keywordWeight
//   a path showing both:          $pathWeight / d, d the smallest distance of their positions
//   a link in either direction:   $linkWeight
// Other versions and translations (same hruid) are excluded; ties go to the smaller key.
CALL () {
  MATCH (x:LearningObject)
    WHERE /*+ visible(x) */
  RETURN count(x) AS total
}
UNWIND $requests AS r
MATCH (s:LearningObject {key: r.key})
CALL (s, r, total) {
  // df once per concept, not once per object about it (that made a common concept quadratic).
  MATCH (s)-[:ABOUT]->(c:Concept)
  WITH c, COUNT { (c)<-[:ABOUT]-(y:LearningObject) WHERE /*+ visible(y) */ } AS df
  MATCH (c)<-[:ABOUT]-(o:LearningObject)
  RETURN o, 'concept' AS kind, c.uri AS label, log(toFloat(total) / df) AS weight
  UNION ALL
  MATCH (s)-[:ADDRESSES]->(g:Goal)<-[:ADDRESSES]-(o:LearningObject)
  RETURN o, 'goal' AS kind, g.source + ' ' + g.id AS label, $goalWeight AS weight
  UNION ALL
  MATCH (o:LearningObject)
    WHERE o.language IN coalesce(r.languages, [s.language])
    AND o.hruid <> s.hruid
    AND any(k IN coalesce(o.keywords, []) WHERE trim(k) <> '' AND toLower(k) IN [x IN coalesce(s.keywords, []) | toLower(x)])
  UNWIND [k IN o.keywords WHERE trim(k) <> '' AND toLower(k) IN [x IN coalesce(s.keywords, []) | toLower(x)]] AS keyword
  WITH DISTINCT o, toLower(keyword) AS keyword
  RETURN o, 'keyword' AS kind, keyword AS label, $keywordWeight AS weight
  UNION ALL
  MATCH (p:LearningPath)-[:HAS_NODE]->(a:PathNode)-[:SHOWS]->(s)
  MATCH (p)-[:HAS_NODE]->(b:PathNode)-[:SHOWS]->(o:LearningObject)
    WHERE a <> b
  WITH p, o, min(abs(a.position - b.position)) AS d
    WHERE d > 0
  RETURN o, 'path' AS kind, p.key + ' (' + d + ' apart)' AS label, $pathWeight / d AS weight
  UNION ALL
  MATCH (s)-[:LINKS_TO]->(o:LearningObject)
  RETURN DISTINCT o, 'links to' AS kind, o.key AS label, $linkWeight AS weight
  UNION ALL
  MATCH (s)<-[:LINKS_TO]-(o:LearningObject)
  RETURN DISTINCT o, 'linked from' AS kind, o.key AS label, $linkWeight AS weight
}
WITH r, s, o, kind, label, weight
  WHERE o.hruid <> s.hruid
  AND o.language IN coalesce(r.languages, [s.language])
  AND /*+ visible(o) */
WITH r, o, kind, label, weight
  ORDER BY kind, label
WITH r, o, sum(weight) AS score, collect({kind: kind, label: label, weight: weight}) AS evidence
  ORDER BY score DESC, o.key
// Only the first r.first candidates are projected: projecting all of them read every property.
WITH r, collect({o: o, score: score, evidence: evidence})[0..r.first] AS best
CALL (best) {
  UNWIND best AS b
  WITH b, b.o AS o
  RETURN collect({object: o {.*, searchText: null}, score: b.score, evidence: b.evidence})
         AS related
}
RETURN r.id AS id, related
