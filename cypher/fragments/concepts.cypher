// The concepts of object o (a node, or a map with its conceptUris): from its own conceptUris
// (written with the rest of it), each labelled by its Concept node, ordered by URI; a URI whose
// node is gone shows as a bare concept (label = URI), as an unknown concept does. Only the
// properties concept/Concept reads leave the database, alternative labels only with
// $withAltLabels (the keys too).
COLLECT {
  UNWIND o.conceptUris AS uri
  OPTIONAL MATCH (c:Concept {uri: uri})
  WITH uri, c
    ORDER BY uri
  RETURN CASE
           WHEN c IS NULL THEN {uri: uri}
           WHEN $withAltLabels
             THEN c {.uri, .prefLabelLanguages, .prefLabelTexts, .notation, .fromVocabulary,
                     .altLabelLanguages, .altLabelTexts}
           ELSE c {.uri, .prefLabelLanguages, .prefLabelTexts, .notation, .fromVocabulary}
         END AS c
}
