// A batch of paths with their nodes, start nodes, transitions and cover images, in one transaction
// (one row when the importer retries a failed batch path by path). A path's old nodes go first: a
// path is small, and rebuilding keeps node keys equal to file positions.
// row.searchLabel (SearchPathNl, ...) puts the path in its language's full-text index.
UNWIND $rows AS row
MERGE (p:LearningPath {key: row.props.key})
SET p = row.props
REMOVE p:$([l IN labels(p) WHERE l STARTS WITH 'Search'])
SET p:$(row.searchLabel)
WITH p, row
CALL (p) {
  MATCH (p)-[:HAS_NODE]->(n:PathNode)
  DETACH DELETE n
}
CALL (p) {
  MATCH (p)-[:HAS_IMAGE]->(i:PathImage)
  DETACH DELETE i
}
CALL (p, row) {
  UNWIND row.image AS image
  CREATE (p)-[:HAS_IMAGE]->(:PathImage {key: p.key, type: image.type, data: image.data})
}
CALL (p, row) {
  UNWIND row.nodes AS node
  CREATE (n:PathNode)
  SET n = node.props
  CREATE (p)-[:HAS_NODE]->(n)
  WITH n, node
  CALL (p, n, node) {
    WITH n, node WHERE node.props.isStart
    CREATE (p)-[:START]->(n)
  }
  CALL (n) {
    MATCH (o:LearningObject {key: n.refKey})
    CREATE (n)-[:SHOWS]->(o)
  }
}
CALL (p, row) {
  UNWIND row.transitions AS t
  MATCH (p)-[:HAS_NODE]->(from:PathNode {index: t.from})
  OPTIONAL MATCH (p)-[:HAS_NODE]->(to:PathNode {index: t.toIndex})
  OPTIONAL MATCH (outside:LearningObject {key: t.targetKey})
    WHERE to IS NULL
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
}
RETURN count(p) AS written
