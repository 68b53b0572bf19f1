// One object by (hruid, language) and optional version: the highest visible version when omitted.
// It ships the values of $objectProperties (content/ObjectProjection) and, with $withConcepts, the
// object's concepts (fragments/concepts), so an object with its concepts is one round trip.
MATCH (o:LearningObject {hruid: $hruid, language: $language})
  WHERE ($version IS NULL OR o.version = $version) AND /*+ visible(o) */
WITH o
  ORDER BY o.version DESC
  LIMIT 1
RETURN [name IN $objectProperties | o[name]] AS o,
       CASE WHEN $withConcepts THEN /*+ concepts(o) */ END AS concepts
