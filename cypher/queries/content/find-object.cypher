// One object by (hruid, language) and optional version: the highest visible version when omitted.
MATCH (o:LearningObject {hruid: $hruid, language: $language})
  WHERE ($version IS NULL OR o.version = $version) AND /*+ visible(o) */
RETURN o {.*, searchText: null} AS o
  ORDER BY o.version DESC
  LIMIT 1
