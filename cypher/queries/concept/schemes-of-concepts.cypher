UNWIND $keys AS key
MATCH (:Concept {uri: key})-[:IN_SCHEME]->(s:ConceptScheme)
WITH key, s
  ORDER BY s.uri
RETURN key, collect(s {.*}) AS schemes
