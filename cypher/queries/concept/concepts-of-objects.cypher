// The concepts of a batch of objects, by position in $objects ({key, uris}). An object's concepts
// are the URIs the request read with it (its conceptUris property, written in the same transaction
// as its title and body), so they agree with its other fields even while an import rewrites it. A
// URI whose Concept node is gone shows as a bare concept (label = URI), as an unknown concept does.
UNWIND range(0, size($objects) - 1) AS index
WITH index, $objects[index] AS object
UNWIND object.uris AS uri
OPTIONAL MATCH (c:Concept {uri: uri})
WITH index, uri, c
  ORDER BY uri
RETURN index, collect(coalesce(c {.*}, {uri: uri})) AS concepts
