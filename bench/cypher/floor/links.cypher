// $rows: {source, kind, target, fragment, placeholder}.
UNWIND $rows AS link
MATCH (o:LearningObject {key: link.source})
OPTIONAL MATCH (p:LearningPath {key: link.target})
  WHERE link.kind = 'PATH_LINK'
OPTIONAL MATCH (t:LearningObject {key: link.target})
  WHERE link.kind <> 'PATH_LINK'
WITH o, link, coalesce(p, t) AS target
CALL (o, link, target) {
  WITH link, target WHERE target IS NULL
  MERGE (u:Unresolved {key: link.placeholder})
  CREATE (o)-[:LINKS_TO {kind: link.kind, target: link.target, fragment: link.fragment}]->(u)
}
CALL (o, link, target) {
  WITH link, target WHERE target IS NOT NULL
  CREATE (o)-[:LINKS_TO {kind: link.kind, target: link.target, fragment: link.fragment}]->(target)
}
