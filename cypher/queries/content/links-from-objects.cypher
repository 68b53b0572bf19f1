// The references each object's content makes, resolved or not. A link to an object the caller may
// not see is left out altogether, so its key does not leak.
UNWIND $keys AS key
MATCH (:LearningObject {key: key})-[r:LINKS_TO]->(t)
  WHERE NOT t:LearningObject OR /*+ visible(t) */
WITH key, r, t
  ORDER BY r.kind, r.target
RETURN key, collect({kind: r.kind, target: r.target, fragment: r.fragment,
                     resolved: NOT t:Unresolved, source: key}) AS links
