CALL () {
  MATCH (o:LearningObject)
    WHERE o.language = $language
    AND NOT coalesce(o.teacherExclusive, false) AND coalesce(o.available, true)
  RETURN count(o) AS total
}
CALL () {
  MATCH (o:LearningObject)
    WHERE o.language = $language AND o.key > $after
    AND NOT coalesce(o.teacherExclusive, false) AND coalesce(o.available, true)
  RETURN o
    ORDER BY o.key
    LIMIT 21
}
RETURN total, collect(o {.key, .title}) AS page
