MATCH (o:LearningObject {hruid: $hruid, language: $language})
  WHERE NOT coalesce(o.teacherExclusive, false) AND coalesce(o.available, true)
WITH o
  ORDER BY o.version DESC
  LIMIT 1
RETURN o {.key, .title, .description, html: o.markdown} AS learningObject
