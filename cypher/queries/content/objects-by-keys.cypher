// Objects by key, for batched fields whose parents hold keys (links, path nodes).
UNWIND $keys AS key
MATCH (o:LearningObject {key: key})
  WHERE /*+ visible(o) */
RETURN key, o {.*, searchText: null} AS o
