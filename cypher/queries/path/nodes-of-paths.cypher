// Each path with every node in path order. What leaves the database follows the request: a node's
// object is the values of $objectProperties (names from LearningObject's components, in that
// order; content/ObjectProjection), its concepts come only with $withConcepts (fragments/concepts;
// their alternative labels only with $withAltLabels), the objects its body embeds (up to the
// renderer's depth of three, each marked visible or not) only with $withEmbeds, and the
// transitions (in file order) only with $withTransitions; of a node, only what path/PathNode
// holds, as a row of values by position (path/PathRepository.node reads them: key, index,
// position, isStart, refHruid, refLanguage, refVersion, transitions, hasObject, object, concepts,
// embeds, restricted; a transition is [condition, isDefault, targetKey, nodeKey, targetExists]),
// since key names would be most of what a node ships. A transition's nodeKey is its target node
// when that is a node of the same path; targetExists tells whether the object it names exists at
// all. hasObject tells whether the
// node's own reference resolves; object is what the node shows the caller ($role), restricted
// whether it hides one.
UNWIND $keys AS key
MATCH (p:LearningPath {key: key})
CALL (p) {
  MATCH (p)-[:HAS_NODE]->(n:PathNode)
  CALL (n) {
    OPTIONAL MATCH (n)-[t:NEXT]->(target)
      WHERE $withTransitions
    WITH t, target
      ORDER BY t.order
    RETURN collect(CASE WHEN t IS NOT NULL THEN [
      t.condition, t.isDefault, t.targetKey, CASE WHEN target:PathNode THEN target.key END,
      NOT target:Unresolved
    ] END) AS transitions
  }
  OPTIONAL MATCH (n)-[:SHOWS]->(o:LearningObject)
  WITH n, transitions, o, o IS NOT NULL AS hasObject,
       o IS NOT NULL AND /*+ visible(o) */ AS visible
    ORDER BY n.position
  RETURN collect([n.key, n.index, n.position, n.isStart, n.refHruid, n.refLanguage, n.refVersion,
                  transitions, hasObject,
                  CASE WHEN visible THEN [name IN $objectProperties | o[name]] END,
                  CASE WHEN visible AND $withConcepts THEN /*+ concepts(o) */ END,
                  CASE WHEN visible AND $withEmbeds
                        AND o.markdown CONTAINS '@learning-object' THEN COLLECT {
                    MATCH (o)-[:LINKS_TO*1..3 {kind: 'OBJECT_EMBED'}]->(e:LearningObject)
                    WITH DISTINCT e
                    RETURN e {.*, searchText: null, visible: /*+ visible(e) */} AS e
                  } END,
                  hasObject AND NOT visible]) AS nodes
}
RETURN key, p {.*} AS path, nodes
