package org.pathgraph.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * graphql-java's document for a request: the shared parse of {@link ParsedDocuments} (limits
 * checked), validated against the schema here, so graphql-java never parses a document itself.
 * Valid documents are cached validated: a repeated query skips parsing and validation both.
 */
final class ValidatedDocuments implements PreparsedDocumentProvider {

  private final ParsedDocuments documents;
  private final Supplier<GraphQLSchema> schema;
  private final Cache<String, PreparsedDocumentEntry> valid =
      Caffeine.newBuilder().maximumSize(1000).build();

  ValidatedDocuments(ParsedDocuments documents, Supplier<GraphQLSchema> schema) {
    this.documents = documents;
    this.schema = schema;
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    String query = input.getQuery();
    PreparsedDocumentEntry entry = valid.getIfPresent(query);
    if (entry == null) {
      entry = validate(query, input.getLocale());
      if (!entry.hasErrors()) {
        valid.put(query, entry);
      }
    }
    return CompletableFuture.completedFuture(entry);
  }

  private PreparsedDocumentEntry validate(String query, Locale locale) {
    ParsedDocuments.Parsed parsed = documents.parse(query);
    if (!parsed.errors().isEmpty()) {
      return new PreparsedDocumentEntry(parsed.errors());
    }
    List<ValidationError> errors =
        ParseAndValidate.validate(
            schema.get(), parsed.document(), locale == null ? Locale.ENGLISH : locale);
    return errors.isEmpty()
        ? new PreparsedDocumentEntry(parsed.document())
        : new PreparsedDocumentEntry(parsed.document(), errors);
  }
}
