// Every node of each path in path order, with its transitions in file order. A transition's
// nodeKey is its target node when that is a node of the same path; targetExists tells whether the
// object it names exists at all. hasObject tells whether the node's own reference resolves; object
// is what the node shows the caller ($role), restricted whether it hides one: answering them here
// saves the path query a round trip (objects-of-nodes stays for other callers).
UNWIND $keys AS key
MATCH (:LearningPath {key: key})-[:HAS_NODE]->(n:PathNode)
CALL (n) {
  OPTIONAL MATCH (n)-[t:NEXT]->(target)
  WITH t, target
    ORDER BY t.order
  RETURN collect(CASE WHEN t IS NOT NULL THEN {
    condition: t.condition, isDefault: t.isDefault, targetKey: t.targetKey,
    nodeKey: CASE WHEN target:PathNode THEN target.key END,
    targetExists: NOT target:Unresolved
  } END) AS transitions
}
OPTIONAL MATCH (n)-[:SHOWS]->(o:LearningObject)
WITH key, n, transitions, o, o IS NOT NULL AS hasObject,
     o IS NOT NULL AND /*+ visible(o) */ AS visible
  ORDER BY n.position
RETURN key, collect(n {.*, transitions: transitions, hasObject: hasObject,
                       object: CASE WHEN visible THEN o {.*} END,
                       restricted: hasObject AND NOT visible}) AS nodes
