// The concepts of a batch of objects, by position in $objects ({key, conceptUris}). An object's
// concepts are the URIs the request read with it (its conceptUris property, written in the same
// transaction as its title and body), so they agree with its other fields even while an import
// rewrites it; fragments/concepts labels them, as the statements that read objects with their
// concepts do.
UNWIND range(0, size($objects) - 1) AS index
WITH index, $objects[index] AS object
RETURN index, /*+ concepts(object) */ AS concepts
