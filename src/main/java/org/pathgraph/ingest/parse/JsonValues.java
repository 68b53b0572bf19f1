package org.pathgraph.ingest.parse;

import tools.jackson.databind.JsonNode;

/** {@link Values} for JSON nodes, shared by the path file's own fields and its nodes. */
final class JsonValues {

  private JsonValues() {}

  /** A JSON scalar as a Java value (text, number, boolean); null for anything else. */
  static Object scalar(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      // 1e999 parses to Infinity, which has no decimal form (found by FuzzedContentTests).
      return Double.isFinite(node.doubleValue()) ? node.decimalValue() : node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return null;
  }

  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isNull()) {
      return "null";
    }
    return Values.describe(scalar(node));
  }
}
