// The path links that visible objects make to each path.
UNWIND $keys AS key
MATCH (o:LearningObject)-[r:LINKS_TO]->(:LearningPath {key: key})
  WHERE /*+ visible(o) */
WITH key, r, o
  ORDER BY o.key
RETURN key, collect({kind: r.kind, target: r.target, fragment: r.fragment,
                     resolved: true, source: o.key}) AS links
