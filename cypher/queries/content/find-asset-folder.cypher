// The folder of an object's files, when the caller may see the object.
MATCH (o:LearningObject {hruid: $hruid, language: $language, version: $version})
  WHERE /*+ visible(o) */
RETURN o.folder AS folder
