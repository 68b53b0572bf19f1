// Objects by key, for batched fields whose parents hold keys (a link's source and object), each
// as the values of $objectProperties (content/ObjectProjection).
UNWIND $keys AS key
MATCH (o:LearningObject {key: key})
  WHERE /*+ visible(o) */
RETURN key, [name IN $objectProperties | o[name]] AS o
