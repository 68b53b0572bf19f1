// Every version of the hruid in the object's language, highest first.
// Each object as the values of $objectProperties (content/ObjectProjection).
UNWIND $keys AS key
MATCH (self:LearningObject {key: key})
MATCH (o:LearningObject {hruid: self.hruid, language: self.language})
  WHERE /*+ visible(o) */
WITH key, o
  ORDER BY o.version DESC
RETURN key, collect([name IN $objectProperties | o[name]]) AS objects
