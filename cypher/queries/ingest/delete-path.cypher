// Removes a path whose file is gone, with its nodes and image; links to it become unresolved.
MATCH (p:LearningPath {key: $key})
CALL (p) {
  MATCH (s:LearningObject)-[r:LINKS_TO]->(p)
  MERGE (u:Unresolved {key: 'path:' + p.key})
  CREATE (s)-[:LINKS_TO {kind: r.kind, target: r.target, fragment: r.fragment}]->(u)
}
CALL (p) {
  MATCH (p)-[:HAS_NODE|HAS_IMAGE]->(n)
  DETACH DELETE n
}
DETACH DELETE p
