UNWIND $rows AS row
CREATE (p:LearningPath)
SET p = row.props
SET p:$(row.searchLabel)
WITH p, row
UNWIND row.nodes AS node
CREATE (n:PathNode)
SET n = node.props
CREATE (p)-[:HAS_NODE]->(n)
FOREACH (_ IN CASE WHEN node.props.isStart THEN [1] ELSE [] END | CREATE (p)-[:START]->(n))
WITH n
OPTIONAL MATCH (o:LearningObject {key: n.refKey})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (n)-[:SHOWS]->(o))
