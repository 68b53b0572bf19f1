// Concepts whose preferred or alternative label (in $language, when given) contains $label,
// case-insensitively: exact matches first, then by URI.
MATCH (c:Concept)
  WHERE c.fromVocabulary
WITH c,
     [i IN range(0, size(coalesce(c.prefLabelTexts, [])) - 1)
       WHERE $language IS NULL OR c.prefLabelLanguages[i] = toLower($language)
       | toLower(c.prefLabelTexts[i])]
     + [i IN range(0, size(coalesce(c.altLabelTexts, [])) - 1)
       WHERE $language IS NULL OR c.altLabelLanguages[i] = toLower($language)
       | toLower(c.altLabelTexts[i])] AS labels
WITH c, labels, toLower($label) AS wanted
  WHERE any(l IN labels WHERE l CONTAINS wanted)
RETURN c {.*} AS c
  ORDER BY CASE WHEN wanted IN labels THEN 0 ELSE 1 END, c.uri
  LIMIT 100
