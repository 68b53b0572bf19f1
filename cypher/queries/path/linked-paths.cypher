// The graph of paths in one language linked by their content: an edge from path A to path B for
// every visible object shown in A whose content links to B. Paths with no link are listed too.
MATCH (p:LearningPath {language: $language})
OPTIONAL MATCH (p)-[:HAS_NODE]->(:PathNode)-[:SHOWS]->(o:LearningObject)-[:LINKS_TO {kind: 'PATH_LINK'}]->(q:LearningPath)
  WHERE /*+ visible(o) */
WITH p, q, count(DISTINCT o) AS objects
  ORDER BY p.key, q.key
RETURN p.key AS from, p.title AS title,
       collect(CASE WHEN q IS NOT NULL THEN {to: q.key, title: q.title, objects: objects} END) AS links
