// The object each path node shows, when it exists: the object itself if the caller may see it,
// else only the fact that it is restricted (the node keeps its place so navigation still works).
// Only what the fields that load through it (progress, diagram) read: the key, the title and the
// estimated time.
UNWIND $keys AS key
MATCH (:PathNode {key: key})-[:SHOWS]->(o:LearningObject)
WITH key, o, /*+ visible(o) */ AS visible
RETURN key, CASE WHEN visible THEN o {.key, .hruid, .language, .version, .title, .estimatedTime} END AS o,
       NOT visible AS restricted
