// The changed part of the vocabularies, in one transaction. A concept owns its outgoing BROADER,
// RELATED, IN_SCHEME and TOP_CONCEPT_OF edges, which the reader normalised (narrower turned into
// broader, related made symmetric, hasTopConcept into topConceptOf), so rewriting a changed concept
// rewrites exactly its edges. A concept no vocabulary describes any more loses its labels and
// edges; resolve-references removes it unless content is about it.
CALL () {
  UNWIND $schemes AS scheme
  MERGE (s:ConceptScheme {uri: scheme.uri})
  SET s = scheme
}
CALL () {
  UNWIND $removedConcepts AS uri
  MATCH (c:Concept {uri: uri})
  SET c = {uri: uri}
  WITH c
  MATCH (c)-[r:BROADER|RELATED|IN_SCHEME|TOP_CONCEPT_OF]->()
  DELETE r
}
CALL () {
  UNWIND $concepts AS concept
  MERGE (c:Concept {uri: concept.props.uri})
  SET c = concept.props
}
CALL () {
  UNWIND $concepts AS concept
  MATCH (c:Concept {uri: concept.props.uri})
  CALL (c) {
    MATCH (c)-[r:BROADER|RELATED|IN_SCHEME|TOP_CONCEPT_OF]->()
    DELETE r
  }
  CALL (c, concept) {
    UNWIND concept.broader AS uri
    MERGE (b:Concept {uri: uri})
    CREATE (c)-[:BROADER]->(b)
  }
  CALL (c, concept) {
    UNWIND concept.related AS uri
    MERGE (r:Concept {uri: uri})
    CREATE (c)-[:RELATED]->(r)
  }
  CALL (c, concept) {
    UNWIND concept.schemes AS uri
    MERGE (s:ConceptScheme {uri: uri})
    CREATE (c)-[:IN_SCHEME]->(s)
  }
  CALL (c, concept) {
    UNWIND concept.topConceptOf AS uri
    MERGE (s:ConceptScheme {uri: uri})
    CREATE (c)-[:TOP_CONCEPT_OF]->(s)
  }
}
CALL () {
  UNWIND $removedSchemes AS uri
  MATCH (s:ConceptScheme {uri: uri})
  DETACH DELETE s
}
RETURN 1 AS done
