// The concepts of a batch of objects, by position in $objects ({key, uris}). An object's concepts
// are the URIs the request read with it (its conceptUris property, written in the same transaction
// as its title and body), so they agree with its other fields even while an import rewrites it; an
// object written before that property existed (uris null) is read through its ABOUT edges. A URI
// whose Concept node is gone shows as a bare concept (label = URI), as an unknown concept does.
UNWIND range(0, size($objects) - 1) AS index
WITH index, $objects[index] AS object
OPTIONAL MATCH (o:LearningObject {key: object.key})
  WHERE object.uris IS NULL
WITH index, CASE WHEN object.uris IS NULL THEN [(o)-[:ABOUT]->(c:Concept) | c.uri] ELSE object.uris END AS uris
UNWIND uris AS uri
OPTIONAL MATCH (c:Concept {uri: uri})
WITH index, uri, c
  ORDER BY uri
RETURN index, collect(coalesce(c {.*}, {uri: uri})) AS concepts
