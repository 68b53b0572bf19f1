package org.pathgraph.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.pathgraph.PathgraphProperties;

/**
 * Checks a GraphQL document before graphql-java validates it: its size in characters and tokens,
 * and, for every operation, its depth, aliases and fields (fragments expanded). Validation of an
 * alias or field bomb costs time quadratic in its size, so these checks come first; documents that
 * pass are cached parsed and validated, so a repeated query skips both.
 */
final class DocumentLimits implements PreparsedDocumentProvider {

  private final PathgraphProperties.Limits limits;
  private final ParserOptions parserOptions;
  private final Cache<String, PreparsedDocumentEntry> valid =
      Caffeine.newBuilder().maximumSize(1000).build();

  DocumentLimits(PathgraphProperties.Limits limits) {
    this.limits = limits;
    this.parserOptions = parserOptions(limits);
  }

  /** The parser options of the limits; graphql-java's own parse must use the same. */
  static ParserOptions parserOptions(PathgraphProperties.Limits limits) {
    return ParserOptions.getDefaultOperationParserOptions()
        .transform(
            b ->
                b.maxCharacters(limits.maxDocumentChars())
                    .maxTokens(limits.maxTokens())
                    .maxWhitespaceTokens(Math.max(limits.maxDocumentChars(), 1)));
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    String query = input.getQuery();
    PreparsedDocumentEntry cached = valid.getIfPresent(query);
    if (cached != null) {
      return CompletableFuture.completedFuture(cached);
    }
    List<GraphQLError> errors = check(query);
    if (errors == null) {
      // Not parseable for another reason than a limit: graphql-java reports it its usual way.
      return CompletableFuture.completedFuture(parseAndValidate.apply(input));
    }
    if (!errors.isEmpty()) {
      return CompletableFuture.completedFuture(new PreparsedDocumentEntry(errors));
    }
    PreparsedDocumentEntry entry = parseAndValidate.apply(input);
    if (!entry.hasErrors()) {
      valid.put(query, entry);
    }
    return CompletableFuture.completedFuture(entry);
  }

  /** The limit errors of {@code query}; empty when within limits, null when it does not parse. */
  List<GraphQLError> check(String query) {
    if (query.length() > limits.maxDocumentChars()) {
      return List.of(
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
      return List.of(
          Limit.error(
              "the document nests too deeply to parse, deeper than the depth limit of %d allows"
                  .formatted(limits.maxDepth()),
              "max-depth",
              limits.maxDepth()));
    } catch (ParseCancelledException e) {
      return List.of(
          Limit.error(
              "the document has more than %,d tokens, the limit".formatted(limits.maxTokens()),
              "max-tokens",
              limits.maxTokens()));
    } catch (InvalidSyntaxException e) {
      return null;
    }
    Map<String, FragmentDefinition> fragments = new HashMap<>();
    for (Definition<?> d : document.getDefinitions()) {
      if (d instanceof FragmentDefinition f) {
        fragments.put(f.getName(), f);
      }
    }
    List<GraphQLError> errors = new ArrayList<>();
    Shapes shapes = new Shapes(fragments);
    for (Definition<?> d : document.getDefinitions()) {
      if (d instanceof OperationDefinition op) {
        Shape shape = shapes.of(op.getSelectionSet());
        String name = op.getName() == null ? "the operation" : "operation " + op.getName();
        if (shape.depth > limits.maxDepth()) {
          errors.add(
              Limit.error(
                  "%s is %d levels deep, more than the limit of %d"
                      .formatted(name, shape.depth, limits.maxDepth()),
                  "max-depth",
                  limits.maxDepth()));
        }
        if (shape.aliases > limits.maxAliases()) {
          errors.add(
              Limit.error(
                  "%s has %,d aliases, more than the limit of %d"
                      .formatted(name, shape.aliases, limits.maxAliases()),
                  "max-aliases",
                  limits.maxAliases()));
        }
        if (shape.fields > limits.maxFields()) {
          errors.add(
              Limit.error(
                  "%s selects %,d fields (fragments expanded), more than the limit of %,d"
                      .formatted(name, shape.fields, limits.maxFields()),
                  "max-fields",
                  limits.maxFields()));
        }
      }
    }
    return errors;
  }

  /** Depth, aliases and fields of a selection; counts saturate instead of overflowing. */
  private record Shape(int depth, long aliases, long fields) {
    static final Shape EMPTY = new Shape(0, 0, 0);
  }

  /**
   * Measures selections with fragments expanded, each fragment measured once (a fragment spread
   * many times multiplies, it is not re-walked). Introspection fields ({@code __schema}, {@code
   * __type}, {@code __typename}) are not counted: they never reach the database, and graphql-java
   * bounds introspection on its own.
   */
  private static final class Shapes {
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Shape> measured = new HashMap<>();
    private final Set<String> entered = new HashSet<>();

    Shapes(Map<String, FragmentDefinition> fragments) {
      this.fragments = fragments;
    }

    Shape of(SelectionSet set) {
      if (set == null) {
        return Shape.EMPTY;
      }
      int depth = 0;
      long aliases = 0;
      long fields = 0;
      for (Selection<?> selection : set.getSelections()) {
        Shape inner;
        if (selection instanceof Field f) {
          if (f.getName().startsWith("__")) {
            continue;
          }
          Shape child = of(f.getSelectionSet());
          inner =
              new Shape(
                  child.depth + 1,
                  add(child.aliases, f.getAlias() == null ? 0 : 1),
                  add(child.fields, 1));
        } else if (selection instanceof InlineFragment i) {
          inner = of(i.getSelectionSet());
        } else if (selection instanceof FragmentSpread s) {
          inner = fragment(s.getName());
        } else {
          continue;
        }
        depth = Math.max(depth, inner.depth);
        aliases = add(aliases, inner.aliases);
        fields = add(fields, inner.fields);
      }
      return new Shape(depth, aliases, fields);
    }

    private Shape fragment(String name) {
      Shape known = measured.get(name);
      if (known != null) {
        return known;
      }
      FragmentDefinition definition = fragments.get(name);
      // An unknown or cyclic fragment counts as nothing here: validation rejects both.
      if (definition == null || !entered.add(name)) {
        return Shape.EMPTY;
      }
      Shape shape = of(definition.getSelectionSet());
      entered.remove(name);
      measured.put(name, shape);
      return shape;
    }

    private static long add(long a, long b) {
      long sum = a + b;
      return sum < 0 ? Long.MAX_VALUE : sum;
    }
  }
}
