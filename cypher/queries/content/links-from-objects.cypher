// The references each object's content makes, resolved or not.
UNWIND $keys AS key
MATCH (:LearningObject {key: key})-[r:LINKS_TO]->(t)
WITH key, r, t
  ORDER BY r.kind, r.target
RETURN key, collect({kind: r.kind, target: r.target, fragment: r.fragment,
                     resolved: NOT t:Unresolved, source: key}) AS links
