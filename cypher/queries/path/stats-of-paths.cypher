// Figures derived from each path's objects that the caller may see, and the path's languages.
UNWIND $keys AS key
MATCH (p:LearningPath {key: key})
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_NODE]->(:PathNode)-[:SHOWS]->(o:LearningObject)
    WHERE /*+ visible(o) */
  WITH DISTINCT o
  RETURN min(o.minAge) AS minAge, max(o.maxAge) AS maxAge,
         sum(o.estimatedTime) AS totalEstimatedTime,
         collect(o.keywords) AS keywordLists
}
CALL (p) {
  MATCH (t:LearningPath {hruid: p.hruid})
  WITH t.language AS language
    ORDER BY language
  RETURN collect(language) AS languages
}
RETURN key, {minAge: minAge, maxAge: maxAge, totalEstimatedTime: totalEstimatedTime,
             keywords: reduce(acc = [], ks IN keywordLists |
               acc + [k IN ks WHERE trim(k) <> '' AND NOT k IN acc]),
             languages: languages} AS stats
