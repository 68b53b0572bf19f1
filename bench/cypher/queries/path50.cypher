// Floor of the path query: the path, its nodes in path order, what each shows to a learner with
// its concepts, and the body in place of the html (rendering is measured apart).
MATCH (p:LearningPath {key: $key})
CALL (p) {
  MATCH (p)-[:HAS_NODE]->(n:PathNode)
  OPTIONAL MATCH (n)-[:SHOWS]->(o:LearningObject)
    WHERE NOT coalesce(o.teacherExclusive, false) AND coalesce(o.available, true)
  WITH n, o
    ORDER BY n.position
  RETURN collect({position: n.position,
                  learningObject: CASE WHEN o IS NULL THEN null ELSE o {.key, .title, html: o.markdown,
                    concepts: [(o)-[:ABOUT]->(c:Concept) | c {.uri, .prefLabel}]} END}) AS nodes
}
RETURN p {.key, .title, nodes: nodes} AS learningPath
