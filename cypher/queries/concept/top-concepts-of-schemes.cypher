UNWIND $keys AS key
MATCH (:ConceptScheme {uri: key})<-[:TOP_CONCEPT_OF]-(c:Concept)
WITH key, c
  ORDER BY c.uri
RETURN key, collect(c {.*}) AS concepts
