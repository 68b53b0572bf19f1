// A page of paths matching the filter, ordered by key, with the total count of matches. Ages,
// concepts and keywords come from the path's objects that the caller may see.
MATCH (p:LearningPath)
  WHERE ($language IS NULL OR p.language = $language)
  AND ($targetAge IS NULL OR EXISTS {
    MATCH (p)-[:HAS_NODE]->(:PathNode)-[:SHOWS]->(o:LearningObject)
      WHERE /*+ visible(o) */ AND $targetAge IN coalesce(o.targetAges, [])
  })
  AND ($concept IS NULL OR EXISTS {
    MATCH (p)-[:HAS_NODE]->(:PathNode)-[:SHOWS]->(o:LearningObject)-[:ABOUT]->(:Concept {uri: $concept})
      WHERE /*+ visible(o) */
  })
  AND ($keyword IS NULL
    OR toLower(coalesce(p.title, '')) CONTAINS toLower($keyword)
    OR EXISTS {
      MATCH (p)-[:HAS_NODE]->(:PathNode)-[:SHOWS]->(o:LearningObject)
        WHERE /*+ visible(o) */ AND any(k IN coalesce(o.keywords, []) WHERE toLower(k) = toLower($keyword))
    })
WITH p
  ORDER BY p.key
WITH collect(p) AS matches
RETURN size(matches) AS total,
       [x IN [y IN matches WHERE $after IS NULL OR y.key > $after][0..$limit] | x {.*}] AS page
