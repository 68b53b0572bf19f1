package org.pathgraph.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLError;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathgraph.PathgraphProperties;

/**
 * Every GraphQL document parsed once, with the limits checked on the parse: its size in characters
 * and tokens, and, for every operation, its depth, aliases and fields (fragments expanded).
 * Validating an alias or field bomb costs time quadratic in its size, so these checks come before
 * validation. The HTTP method rule and graphql-java's execution share the cached parse, so a GET
 * document is not parsed a second time.
 */
final class ParsedDocuments {

  /** A document, or why it is none: limit errors, or the syntax error (then no document). */
  record Parsed(Document document, List<GraphQLError> errors) {}

  /** Characters of documents the cache holds at most. */
  private static final long CACHED_CHARS = 16L * 1024 * 1024;

  private final PathgraphProperties.Limits limits;
  private final ParserOptions parserOptions;
  private final Cache<String, Parsed> parsed =
      Caffeine.newBuilder()
          .maximumWeight(CACHED_CHARS)
          .<String, Parsed>weigher((query, p) -> Math.max(1, query.length()))
          .build();

  ParsedDocuments(PathgraphProperties.Limits limits) {
    this.limits = limits;
    this.parserOptions =
        ParserOptions.getDefaultOperationParserOptions()
            .transform(
                b ->
                    b.maxCharacters(limits.maxDocumentChars())
                        .maxTokens(limits.maxTokens())
                        .maxWhitespaceTokens(Math.max(limits.maxDocumentChars(), 1)));
  }

  /** {@code query} parsed and measured, from the cache when it was seen before. */
  Parsed parse(String query) {
    return parsed.get(query, this::parseUncached);
  }

  private Parsed parseUncached(String query) {
    if (query.length() > limits.maxDocumentChars()) {
      return refused(
          Limit.error(
              "the document has %,d characters, more than the limit of %,d"
                  .formatted(query.length(), limits.maxDocumentChars()),
              "max-document-chars",
              limits.maxDocumentChars()));
    }
    Document document;
    try {
      document =
          new Parser()
              .parseDocument(
                  ParserEnvironment.newParserEnvironment()
                      .document(query)
                      .parserOptions(parserOptions)
                      .build());
    } catch (ParseCancelledTooDeepException e) {
      return refused(
          Limit.error(
              "the document nests too deeply to parse, deeper than the depth limit of %d allows"
                  .formatted(limits.maxDepth()),
              "max-depth",
              limits.maxDepth()));
    } catch (ParseCancelledException e) {
      return refused(
          Limit.error(
              "the document has more than %,d tokens, the limit".formatted(limits.maxTokens()),
              "max-tokens",
              limits.maxTokens()));
    } catch (InvalidSyntaxException e) {
      return refused(e.toInvalidSyntaxError());
    }
    return new Parsed(document, overLimits(document));
  }

  private static Parsed refused(GraphQLError error) {
    return new Parsed(null, List.of(error));
  }

  /** The limit errors of each operation of {@code document}; empty when within limits. */
  private List<GraphQLError> overLimits(Document document) {
    Map<String, FragmentDefinition> fragments = new HashMap<>();
    for (Definition<?> d : document.getDefinitions()) {
      if (d instanceof FragmentDefinition f) {
        fragments.put(f.getName(), f);
      }
    }
    List<GraphQLError> errors = new ArrayList<>();
    DocumentShape.Shapes shapes = new DocumentShape.Shapes(fragments);
    for (Definition<?> d : document.getDefinitions()) {
      if (d instanceof OperationDefinition op) {
        DocumentShape.Shape shape = shapes.of(op.getSelectionSet());
        String name = op.getName() == null ? "the operation" : "operation " + op.getName();
        if (shape.depth() > limits.maxDepth()) {
          errors.add(
              Limit.error(
                  "%s is %d levels deep, more than the limit of %d"
                      .formatted(name, shape.depth(), limits.maxDepth()),
                  "max-depth",
                  limits.maxDepth()));
        }
        if (shape.aliases() > limits.maxAliases()) {
          errors.add(
              Limit.error(
                  "%s has %,d aliases, more than the limit of %d"
                      .formatted(name, shape.aliases(), limits.maxAliases()),
                  "max-aliases",
                  limits.maxAliases()));
        }
        if (shape.fields() > limits.maxFields()) {
          errors.add(
              Limit.error(
                  "%s selects %,d fields (fragments expanded), more than the limit of %,d"
                      .formatted(name, shape.fields(), limits.maxFields()),
                  "max-fields",
                  limits.maxFields()));
        }
      }
    }
    return List.copyOf(errors);
  }
}
