package org.pathgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pathgraph.PathgraphProperties;
import org.springframework.util.unit.DataSize;

/** A document is parsed once, by the shared parse, and graphql-java validates that parse. */
class ParsedDocumentsTests {

  private static final PathgraphProperties.Limits LIMITS =
      new PathgraphProperties.Limits(
          12,
          30,
          500,
          20_000,
          5_000,
          20_000,
          10,
          DataSize.ofMegabytes(1),
          Duration.ofSeconds(10),
          true,
          DataSize.ofKilobytes(16),
          DataSize.ofKilobytes(256));

  private static final GraphQLSchema SCHEMA =
      new SchemaGenerator()
          .makeExecutableSchema(
              new SchemaParser().parse("type Query { a: String, b(x: Int): String }"),
              RuntimeWiring.newRuntimeWiring().build());

  private final ParsedDocuments documents = new ParsedDocuments(LIMITS);
  private final ValidatedDocuments validated = new ValidatedDocuments(documents, () -> SCHEMA);
  private final AtomicInteger graphqlJavaParses = new AtomicInteger();
  private final Function<ExecutionInput, PreparsedDocumentEntry> graphqlJavaParse =
      input -> {
        graphqlJavaParses.incrementAndGet();
        throw new AssertionError("graphql-java parsed " + input.getQuery());
      };

  private PreparsedDocumentEntry entry(String query) {
    return validated
        .getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), graphqlJavaParse)
        .join();
  }

  @Test
  void theMethodRuleAndTheEngineShareOneParse() {
    String query = "query { a }";
    var forTheGetRule = documents.parse(query).document();
    PreparsedDocumentEntry forTheEngine = entry(query);
    assertThat(forTheEngine.hasErrors()).isFalse();
    assertThat(forTheEngine.getDocument()).isSameAs(forTheGetRule);
    assertThat(entry(query)).isSameAs(forTheEngine);
    assertThat(graphqlJavaParses).hasValue(0);
  }

  @Test
  void syntaxErrorsAndLimitsAreAnsweredWithoutGraphqlJavaParsing() {
    PreparsedDocumentEntry syntax = entry("query { a ");
    assertThat(syntax.getErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("InvalidSyntax"));
    PreparsedDocumentEntry tooLong = entry("query { a }" + " ".repeat(20_001));
    assertThat(tooLong.getErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.getMessage()).contains("max-document-chars"));
    PreparsedDocumentEntry aliases = entry("query { " + "x: a ".repeat(31) + "}");
    assertThat(aliases.getErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.getMessage()).contains("31 aliases"));
    assertThat(graphqlJavaParses).hasValue(0);
  }

  @Test
  void invalidDocumentsGetTheValidationErrorsAndAreNotCachedAsValid() {
    PreparsedDocumentEntry unknown = entry("query { c }");
    assertThat(unknown.getErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("ValidationError"));
    assertThat(entry("query { c }")).isNotSameAs(unknown);
    assertThat(entry("query { b(x: \"no\") }").hasErrors()).isTrue();
  }
}
