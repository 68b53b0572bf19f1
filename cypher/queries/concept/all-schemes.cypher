MATCH (s:ConceptScheme)
RETURN s {.*} AS s
  ORDER BY s.uri
