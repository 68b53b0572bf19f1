UNWIND $keys AS key
MATCH (:LearningObject {key: key})-[:ABOUT]->(c:Concept)
WITH key, c
  ORDER BY c.uri
RETURN key, collect(c {.*}) AS concepts
