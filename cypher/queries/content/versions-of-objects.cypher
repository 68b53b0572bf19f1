// Every version of the hruid in the object's language, highest first.
UNWIND $keys AS key
MATCH (self:LearningObject {key: key})
MATCH (o:LearningObject {hruid: self.hruid, language: self.language})
  WHERE /*+ visible(o) */
WITH key, o
  ORDER BY o.version DESC
RETURN key, collect(o {.*, searchText: null}) AS objects
