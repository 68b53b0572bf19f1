// Same hruid and version in other languages.
UNWIND $keys AS key
MATCH (self:LearningObject {key: key})
MATCH (o:LearningObject {hruid: self.hruid})
  WHERE o.version = self.version AND o.language <> self.language AND /*+ visible(o) */
WITH key, o
  ORDER BY o.language
RETURN key, collect(o {.*, searchText: null}) AS objects
