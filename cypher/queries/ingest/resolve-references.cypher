// After objects and paths are written: placeholders whose target now exists hand their links and
// transitions over to it; path nodes whose object now exists get their SHOWS edge; placeholders
// nothing points to go. Writes nothing when nothing changed.
CALL () {
  MATCH (u:Unresolved)
  OPTIONAL MATCH (p:LearningPath {key: substring(u.key, 5)})
    WHERE u.key STARTS WITH 'path:'
  OPTIONAL MATCH (t:LearningObject {key: substring(u.key, 7)})
    WHERE u.key STARTS WITH 'object:'
  WITH u, coalesce(p, t) AS target
    WHERE target IS NOT NULL
  CALL (u, target) {
    MATCH (s)-[r:LINKS_TO]->(u)
    CREATE (s)-[:LINKS_TO {kind: r.kind, target: r.target, fragment: r.fragment}]->(target)
    DELETE r
  }
  CALL (u, target) {
    MATCH (s)-[r:NEXT]->(u)
    CREATE (s)-[:NEXT {order: r.order, condition: r.condition, isDefault: r.isDefault,
                       targetKey: r.targetKey}]->(target)
    DELETE r
  }
}
CALL () {
  MATCH (n:PathNode)
    WHERE NOT (n)-[:SHOWS]->()
  MATCH (o:LearningObject {key: n.refKey})
  CREATE (n)-[:SHOWS]->(o)
}
CALL () {
  MATCH (u:Unresolved)
    WHERE NOT (u)<--()
  DELETE u
}
CALL () {
  MATCH (c:Concept)
    WHERE NOT (c)<-[:ABOUT]-() AND NOT coalesce(c.fromVocabulary, false)
  DETACH DELETE c
}
CALL () {
  MATCH (g:Goal)
    WHERE NOT (g)<-[:ADDRESSES]-()
  DELETE g
}
RETURN 1 AS done
