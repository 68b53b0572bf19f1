// A batch of objects with their concepts, goals and links, in one transaction (the importer sends
// a few hundred rows, or one when it retries a failed batch object by object). `SET o = row.props`
// drops properties the new version no longer has. Links to targets not (yet) in the graph point to
// an :Unresolved placeholder keyed "path:h/l" or "object:h/l/v", moved by resolve-references later.
// row.searchLabels (SearchNl, SearchNlTeacher, SearchNlLearner, ...) put the object in the full-text
// indexes of its language for the audiences that may see it; the old ones go first, as visibility
// and the label table may change.
UNWIND $rows AS row
MERGE (o:LearningObject {key: row.props.key})
SET o = row.props
REMOVE o:$([l IN labels(o) WHERE l STARTS WITH 'Search'])
SET o:$(row.searchLabels)
WITH o, row
CALL (o) {
  MATCH (o)-[r:ABOUT|ADDRESSES|LINKS_TO]->()
  DELETE r
}
CALL (o, row) {
  UNWIND row.concepts AS uri
  MERGE (c:Concept {uri: uri})
  MERGE (o)-[:ABOUT]->(c)
}
CALL (o, row) {
  UNWIND row.goals AS goal
  MERGE (g:Goal {key: goal.key})
    ON CREATE SET g.source = goal.source, g.id = goal.id
  MERGE (o)-[:ADDRESSES]->(g)
}
CALL (o, row) {
  UNWIND row.links AS link
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
RETURN count(o) AS written
