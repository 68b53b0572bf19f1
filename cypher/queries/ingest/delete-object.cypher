// Removes an object whose file is gone. Links that other objects make to it fall back to an
// :Unresolved placeholder, so they are still reported rather than silently lost.
MATCH (o:LearningObject {key: $key})
CALL (o) {
  MATCH (s:LearningObject)-[r:LINKS_TO]->(o)
  MERGE (u:Unresolved {key: 'object:' + o.key})
  CREATE (s)-[:LINKS_TO {kind: r.kind, target: r.target, fragment: r.fragment}]->(u)
}
DETACH DELETE o
