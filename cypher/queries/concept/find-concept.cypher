// Vocabulary concepts are public; a concept that only objects name exists for a caller only
// through an object the caller may see. With $objects (a page request, api/PageRequest, for this
// concept) the first page of its objects comes along ({total, page}, fragments/pageof), so a
// concept with its objects is one round trip.
MATCH (c:Concept {uri: $uri})
  WHERE c.fromVocabulary
  OR EXISTS {
    MATCH (c)<-[:ABOUT]-(o:LearningObject)
      WHERE /*+ visible(o) */
  }
WITH c, $objects AS request
RETURN c {.*} AS c, CASE WHEN request IS NOT NULL THEN /*+ pageof(request) */ END AS objects
