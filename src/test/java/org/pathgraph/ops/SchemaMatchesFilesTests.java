package org.pathgraph.ops;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.Tokens4Tests;

/**
 * The schema the running server publishes (by introspection over HTTP) is the one written in {@code
 * graphql/*.graphqls}: nothing added, dropped or reworded by code. Both sides are printed by
 * graphql-java's SchemaPrinter in its sorted order, so file layout and field order do not matter,
 * while every type, field, argument, default value and description does.
 */
class SchemaMatchesFilesTests extends DemoContextTests {

  private static final SchemaPrinter PRINTER =
      new SchemaPrinter(
          SchemaPrinter.Options.defaultOptions()
              .includeScalarTypes(true)
              .includeDirectiveDefinitions(true)
              .includeIntrospectionTypes(false)
              // Introspection shows applied directives only as deprecation and specifiedBy.
              .includeDirectives(d -> d.equals("deprecated") || d.equals("specifiedBy")));

  @Test
  void introspectedSchemaEqualsTheSchemaFiles() throws IOException {
    GraphQlHttp.Response response =
        new GraphQlHttp(port)
            .withToken(Tokens4Tests.admin())
            .post(IntrospectionQuery.INTROSPECTION_QUERY);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    Map<String, Object> data = response.read("$.data");
    GraphQLSchema served =
        UnExecutableSchemaGenerator.makeUnExecutableSchema(
            new SchemaParser()
                .buildRegistry(new IntrospectionResultToSchema().createSchemaDefinition(data)));

    assertThat(PRINTER.print(served)).isEqualTo(PRINTER.print(fromFiles()));
  }

  private static GraphQLSchema fromFiles() throws IOException {
    TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of("graphql"))) {
      files = listing.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      registry.merge(new SchemaParser().parse(Files.readString(file)));
    }
    return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
  }
}
