// SKOS concept schemes from the vocabularies, merged on their URI like concepts.
CREATE CONSTRAINT concept_scheme_uri IF NOT EXISTS FOR (s:ConceptScheme) REQUIRE s.uri IS UNIQUE;
