// What the graph holds of the vocabularies, to write only what changed: one row per concept that
// came from a vocabulary and per scheme, with the hash it was written from.
MATCH (c:Concept)
  WHERE c.fromVocabulary
RETURN 'concept' AS kind, c.uri AS uri, c.vocabularyHash AS hash
UNION ALL
MATCH (s:ConceptScheme)
RETURN 'scheme' AS kind, s.uri AS uri, s.vocabularyHash AS hash
