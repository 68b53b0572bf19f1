// The folder of an object's files, when the caller may see the object, and what tells its source
// files from its assets (ContentFiles.asset).
MATCH (o:LearningObject {hruid: $hruid, language: $language, version: $version})
  WHERE /*+ visible(o) */
RETURN o.folder AS folder, o.contentType AS contentType, o.contentFile AS contentFile
