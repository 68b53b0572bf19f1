// $rows: {from, to (a node key or null), targetKey, order, condition, isDefault}.
UNWIND $rows AS t
MATCH (from:PathNode {key: t.from})
OPTIONAL MATCH (to:PathNode {key: t.to})
OPTIONAL MATCH (outside:LearningObject {key: t.targetKey})
WITH from, t, coalesce(to, outside) AS target
CALL (from, t, target) {
  WITH from, t, target WHERE target IS NULL
  MERGE (u:Unresolved {key: 'object:' + t.targetKey})
  CREATE (from)-[:NEXT {order: t.order, condition: t.condition, isDefault: t.isDefault,
                        targetKey: t.targetKey}]->(u)
}
CALL (from, t, target) {
  WITH from, t, target WHERE target IS NOT NULL
  CREATE (from)-[:NEXT {order: t.order, condition: t.condition, isDefault: t.isDefault,
                        targetKey: t.targetKey}]->(target)
}
