// The objects each object embeds, directly or through embedded objects (up to three levels, the
// renderer's depth limit), each marked with whether the caller may see it.
UNWIND $keys AS key
MATCH (:LearningObject {key: key})-[:LINKS_TO*1..3 {kind: 'OBJECT_EMBED'}]->(o:LearningObject)
WITH key, o, /*+ visible(o) */ AS visible
WITH DISTINCT key, o, visible
RETURN key, collect(o {.*, searchText: null, visible: visible}) AS targets
