// One object with its concepts, goals and links, in one transaction. `SET o = $props` drops
// properties the new version no longer has. Links to targets not (yet) in the graph point to an
// :Unresolved placeholder keyed "path:h/l" or "object:h/l/v", moved by resolve-links later.
// $searchLabel (SearchNl, SearchEn, ...) puts the object in its language's full-text index; the
// old one goes first, as the language of a key never changes but the label table may.
MERGE (o:LearningObject {key: $props.key})
SET o = $props
REMOVE o:$([l IN labels(o) WHERE l STARTS WITH 'Search'])
SET o:$($searchLabel)
WITH o
CALL (o) {
  MATCH (o)-[r:ABOUT|ADDRESSES|LINKS_TO]->()
  DELETE r
}
CALL (o) {
  UNWIND $concepts AS uri
  MERGE (c:Concept {uri: uri})
  MERGE (o)-[:ABOUT]->(c)
}
CALL (o) {
  UNWIND $goals AS goal
  MERGE (g:Goal {key: goal.key})
    ON CREATE SET g.source = goal.source, g.id = goal.id
  MERGE (o)-[:ADDRESSES]->(g)
}
CALL (o) {
  UNWIND $links AS link
  OPTIONAL MATCH (p:LearningPath {key: link.target})
    WHERE link.kind = 'PATH_LINK'
  OPTIONAL MATCH (t:LearningObject {key: link.target})
    WHERE link.kind <> 'PATH_LINK'
  WITH link, coalesce(p, t) AS target
  CALL (o, link, target) {
    WITH link, target WHERE target IS NULL
    MERGE (u:Unresolved {key: link.placeholder})
    CREATE (o)-[:LINKS_TO {kind: link.kind, target: link.target, fragment: link.fragment}]->(u)
  }
  CALL (o, link, target) {
    WITH link, target WHERE target IS NOT NULL
    CREATE (o)-[:LINKS_TO {kind: link.kind, target: link.target, fragment: link.fragment}]->(target)
  }
}
RETURN o.key AS key
