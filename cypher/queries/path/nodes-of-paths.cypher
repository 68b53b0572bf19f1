// Each path with every node in path order and its transitions in file order. A transition's
// nodeKey is its target node when that is a node of the same path; targetExists tells whether the
// object it names exists at all. hasObject tells whether the node's own reference resolves; object
// is what the node shows the caller ($role), restricted whether it hides one. The object comes
// with its concepts (`_concepts`) and, when its body embeds objects, the objects it embeds up to
// the renderer's depth of three (`_embeds`, each marked visible or not): a path query that shows
// objects with their concepts and html then costs this one statement (content/Prefetched).
UNWIND $keys AS key
MATCH (p:LearningPath {key: key})
CALL (p) {
  MATCH (p)-[:HAS_NODE]->(n:PathNode)
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
  WITH n, transitions, o, o IS NOT NULL AS hasObject,
       o IS NOT NULL AND /*+ visible(o) */ AS visible
    ORDER BY n.position
  RETURN collect(n {.*, transitions: transitions, hasObject: hasObject,
                    object: CASE WHEN visible THEN o {.*, searchText: null,
                      _concepts: COLLECT {
                        MATCH (o)-[:ABOUT]->(c:Concept)
                        RETURN c {.*} AS c ORDER BY c.uri
                      },
                      _embeds: CASE WHEN o.markdown CONTAINS '@learning-object' THEN COLLECT {
                        MATCH (o)-[:LINKS_TO*1..3 {kind: 'OBJECT_EMBED'}]->(e:LearningObject)
                        WITH DISTINCT e
                        RETURN e {.*, searchText: null, visible: /*+ visible(e) */} AS e
                      } END
                    } END,
                    restricted: hasObject AND NOT visible}) AS nodes
}
RETURN key, p {.*} AS path, nodes
