// The references other visible objects make to each object.
UNWIND $keys AS key
MATCH (o:LearningObject)-[r:LINKS_TO]->(:LearningObject {key: key})
  WHERE /*+ visible(o) */
WITH key, r, o
  ORDER BY o.key, r.kind
RETURN key, collect({kind: r.kind, target: r.target, fragment: r.fragment,
                     resolved: true, source: o.key}) AS links
