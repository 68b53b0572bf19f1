// Full-text search over learning paths' titles and descriptions: the hits of $query in the path
// indexes $indexes, in $searchLanguage when given, ranked by score, then key. One row: the total
// and the page after the keyset cursor ($afterScore, $afterKey; $limit is first + 1). Paths have
// no access rule of their own; their fields apply the objects' one.
UNWIND $indexes AS index
CALL db.index.fulltext.queryNodes(index, $query) YIELD node, score
WITH node AS p, score
  WHERE p:LearningPath
  AND ($searchLanguage IS NULL OR p.language = $searchLanguage)
WITH p, score
  ORDER BY score DESC, p.key
WITH collect({p: p, score: score}) AS hits
RETURN size(hits) AS total,
       [h IN [h IN hits
                WHERE $afterKey IS NULL OR h.score < $afterScore
                  OR (h.score = $afterScore AND h.p.key > $afterKey)][0..$limit]
         | {score: h.score, path: properties(h.p)}] AS page
