// Floor of a concept's objects with its narrower concepts (BROADER at any depth): the count of
// distinct visible objects and the first page by key.
MATCH (:Concept {uri: $uri})<-[:BROADER]-*(n:Concept)
WITH DISTINCT n
MATCH (n)<-[:ABOUT]-(o:LearningObject)
  WHERE NOT coalesce(o.teacherExclusive, false) AND coalesce(o.available, true)
WITH DISTINCT o
WITH collect(o) AS matches
RETURN size(matches) AS total,
       COLLECT {
         UNWIND matches AS x
         WITH x
           ORDER BY x.key
           LIMIT 21
         RETURN x {.key, .title} AS item
       } AS page
