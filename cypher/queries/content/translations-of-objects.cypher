// Same hruid and version in other languages.
// Each object as the values of $objectProperties (content/ObjectProjection).
UNWIND $keys AS key
MATCH (self:LearningObject {key: key})
MATCH (o:LearningObject {hruid: self.hruid})
  WHERE o.version = self.version AND o.language <> self.language AND /*+ visible(o) */
WITH key, o
  ORDER BY o.language
RETURN key, collect([name IN $objectProperties | o[name]]) AS objects
