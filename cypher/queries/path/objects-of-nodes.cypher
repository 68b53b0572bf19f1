// The object each path node shows, when it exists and the caller may see it.
UNWIND $keys AS key
MATCH (:PathNode {key: key})-[:SHOWS]->(o:LearningObject)
  WHERE /*+ visible(o) */
RETURN key, o {.*} AS o
