// Vocabulary concepts are public; a concept that only objects name exists for a caller only
// through an object the caller may see.
MATCH (c:Concept {uri: $uri})
  WHERE c.fromVocabulary
  OR EXISTS {
    MATCH (c)<-[:ABOUT]-(o:LearningObject)
      WHERE /*+ visible(o) */
  }
RETURN c {.*} AS c
