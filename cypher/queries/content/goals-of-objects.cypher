UNWIND $keys AS key
MATCH (:LearningObject {key: key})-[:ADDRESSES]->(g:Goal)
WITH key, g
  ORDER BY g.source, g.id
RETURN key, collect(g {.*}) AS goals
