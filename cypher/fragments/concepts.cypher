// The concepts of object o (a node, or a map with its conceptUris): from its own conceptUris
// (written with the rest of it), each labelled by its Concept node, ordered by URI; a URI whose
// node is gone shows as a bare concept (label = URI), as an unknown concept does. Each concept is
// a row of values by position (content/ObjectConcept.fromRow): [uri, prefLabelLanguages,
// prefLabelTexts, notation, fromVocabulary, altLabelLanguages, altLabelTexts], the alternative
// labels only with $withAltLabels; a list without key names ships a third of a map's bytes.
COLLECT {
  UNWIND o.conceptUris AS uri
  OPTIONAL MATCH (c:Concept {uri: uri})
  WITH uri, c
    ORDER BY uri
  RETURN [uri, c.prefLabelLanguages, c.prefLabelTexts, c.notation, c.fromVocabulary,
          CASE WHEN $withAltLabels THEN c.altLabelLanguages END,
          CASE WHEN $withAltLabels THEN c.altLabelTexts END] AS c
}
