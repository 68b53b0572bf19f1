// Floor of a connection's page: the count and a keyset page, each answered from the index.
CALL () {
  MATCH (:Concept {uri: $uri})<-[:ABOUT]-(o:LearningObject)
    WHERE NOT coalesce(o.teacherExclusive, false) AND coalesce(o.available, true)
  RETURN count(o) AS total
}
CALL () {
  MATCH (:Concept {uri: $uri})<-[:ABOUT]-(o:LearningObject)
    WHERE NOT coalesce(o.teacherExclusive, false) AND coalesce(o.available, true)
  RETURN o
    ORDER BY o.key
    LIMIT 21
}
RETURN total, collect(o {.key, .title}) AS page
