UNWIND $keys AS key
MATCH (p:LearningPath {key: key})
RETURN key, p {.*} AS p
