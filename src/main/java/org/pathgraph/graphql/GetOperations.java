package org.pathgraph.graphql;

import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import java.util.List;
import java.util.Locale;

/** The GraphQL-over-HTTP rule for GET: it runs queries only, never a mutation. */
final class GetOperations {

  private GetOperations() {}

  /**
   * Why a GET may not run {@code document}, or null when it may: a GET runs only documents whose
   * every operation is a query. Refusing a document that merely holds a mutation beside the
   * selected query means no reading of {@code operationName} (absent, empty, blank, unknown) can
   * make a GET run one: the decision does not depend on which operation graphql-java would pick. A
   * document that did not parse ({@code null}) is not refused here: the engine answers its errors
   * and runs nothing.
   */
  static String refusal(Document document, String operationName) {
    if (document == null) {
      return null;
    }
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (operations.stream()
        .allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY)) {
      return null;
    }
    OperationDefinition.Operation selected = null;
    try {
      selected = NodeUtil.getOperation(document, operationName).operationDefinition.getOperation();
    } catch (RuntimeException e) {
      // No operation, or not one that name selects: refused all the same.
    }
    if (selected != null && selected != OperationDefinition.Operation.QUERY) {
      return "a "
          + selected.name().toLowerCase(Locale.ROOT)
          + " is only accepted over POST, not GET";
    }
    return "a document holding a mutation or subscription is only accepted over POST, not GET,"
        + " whichever operation it names";
  }
}
