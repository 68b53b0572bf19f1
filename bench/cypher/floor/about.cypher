UNWIND $rows AS row
MATCH (o:LearningObject {key: row.props.key})
CALL (o, row) {
  UNWIND row.concepts AS uri
  MATCH (c:Concept {uri: uri})
  CREATE (o)-[:ABOUT]->(c)
}
CALL (o, row) {
  UNWIND row.goals AS goal
  MATCH (g:Goal {key: goal.key})
  CREATE (o)-[:ADDRESSES]->(g)
}
