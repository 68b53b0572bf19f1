// Vocabulary concepts, and the concepts that objects the caller may see name.
MATCH (c:Concept)
  WHERE c.fromVocabulary
  OR EXISTS {
    MATCH (c)<-[:ABOUT]-(o:LearningObject)
      WHERE /*+ visible(o) */
  }
WITH c
  ORDER BY c.uri
WITH collect(c) AS matches
RETURN size(matches) AS total,
       [x IN [y IN matches WHERE $after IS NULL OR y.uri > $after][0..$limit] | x {.*}] AS page
