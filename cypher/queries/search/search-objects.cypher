// Full-text search over learning objects: the hits of $query in the indexes $indexes (one per
// language, see schema/004-fulltext.cypher), kept when the caller may see them, they are in
// $searchLanguage (when given) and they pass the filter; ranked by score, then key. One row: the
// total, the page after the keyset cursor ($afterScore, $afterKey; $limit is first + 1) with each
// hit's properties (its searchText feeds the snippet), and, when $facets, the facet buckets over
// every kept hit, largest first. Facet counts are object counts: an object about two concepts or
// for three ages counts in each of their buckets, one without a difficulty in none.
UNWIND $indexes AS index
CALL db.index.fulltext.queryNodes(index, $query) YIELD node, score
WITH node AS o, score
  WHERE o:LearningObject
  AND ($searchLanguage IS NULL OR o.language = $searchLanguage)
  AND /*+ visible(o) */
  AND /*+ filter(o) */
WITH o, score
  ORDER BY score DESC, o.key
WITH collect({o: o, score: score}) AS hits
CALL (hits) {
  UNWIND CASE WHEN $facets THEN hits ELSE [] END AS h
  WITH h.o.language AS value, count(*) AS count
    ORDER BY count DESC, value
  RETURN collect({value: value, count: count}) AS languages
}
CALL (hits) {
  UNWIND CASE WHEN $facets THEN hits ELSE [] END AS h
  WITH h.o.contentType AS value, count(*) AS count
    ORDER BY count DESC, value
  RETURN collect({value: value, count: count}) AS contentTypes
}
CALL (hits) {
  UNWIND CASE WHEN $facets THEN hits ELSE [] END AS h
  WITH h.o AS o
  MATCH (o)-[:ABOUT]->(c:Concept)
  WITH c.uri AS value, count(DISTINCT o) AS count
    ORDER BY count DESC, value
  RETURN collect({value: value, count: count}) AS concepts
}
CALL (hits) {
  UNWIND CASE WHEN $facets THEN hits ELSE [] END AS h
  UNWIND coalesce(h.o.targetAges, []) AS age
  WITH age, count(DISTINCT h.o) AS count
    ORDER BY count DESC, age
  RETURN collect({value: toString(age), count: count}) AS targetAges
}
CALL (hits) {
  UNWIND CASE WHEN $facets THEN hits ELSE [] END AS h
  WITH h.o.difficulty AS difficulty
    WHERE difficulty IS NOT NULL
  WITH difficulty, count(*) AS count
    ORDER BY count DESC, difficulty
  RETURN collect({value: toString(difficulty), count: count}) AS difficulties
}
RETURN size(hits) AS total,
       [h IN [h IN hits
                WHERE $afterKey IS NULL OR h.score < $afterScore
                  OR (h.score = $afterScore AND h.o.key > $afterKey)][0..$limit]
         | {score: h.score, object: properties(h.o)}] AS page,
       [{field: 'language', buckets: languages},
        {field: 'contentType', buckets: contentTypes},
        {field: 'concept', buckets: concepts},
        {field: 'targetAge', buckets: targetAges},
        {field: 'difficulty', buckets: difficulties}] AS facets
