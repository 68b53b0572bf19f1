// The concepts related to each key in one way ($relation): the direct broader or narrower ones,
// the related ones, or everything above or below at any depth. One round trip per field and
// request level. Cycles in a vocabulary end the walk (a relationship is followed once per path).
UNWIND $keys AS key
MATCH (c:Concept {uri: key})
CALL (c) {
  MATCH (c)-[:BROADER]->(x:Concept)
    WHERE $relation = 'broader'
  RETURN x
  UNION
  MATCH (c)<-[:BROADER]-(x:Concept)
    WHERE $relation = 'narrower'
  RETURN x
  UNION
  MATCH (c)-[:RELATED]->(x:Concept)
    WHERE $relation = 'related'
  RETURN x
  UNION
  MATCH (c)-[:BROADER]->+(x:Concept)
    WHERE $relation = 'broaderTransitive'
  RETURN x
  UNION
  MATCH (c)<-[:BROADER]-+(x:Concept)
    WHERE $relation = 'narrowerTransitive'
  RETURN x
}
WITH key, x
  WHERE x.uri <> key
  ORDER BY x.uri
RETURN key, collect(x {.*}) AS concepts
