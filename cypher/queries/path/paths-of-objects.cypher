// The paths that have each object as a node.
UNWIND $keys AS key
MATCH (:LearningObject {key: key})<-[:SHOWS]-(:PathNode)<-[:HAS_NODE]-(p:LearningPath)
WITH DISTINCT key, p
  ORDER BY p.key
RETURN key, collect(p {.*}) AS paths
