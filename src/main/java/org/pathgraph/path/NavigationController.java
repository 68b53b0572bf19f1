package org.pathgraph.path;

import graphql.GraphQLContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.pathgraph.PathgraphProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.json.JsonMapper;

/**
 * Navigation: the node after a node (by the default transition, or by the first transition whose
 * condition the learner's {@code returnValue} satisfies), the node before it and a transition's
 * target. Every node of a path came with the path ({@link PathNodes}), so none of this reads the
 * database.
 */
@Controller
class NavigationController {

  private final PathgraphProperties properties;
  private final JsonMapper json;
  private final Counter conditionEvaluations;

  NavigationController(
      PathgraphProperties properties, JsonMapper json, Optional<MeterRegistry> meters) {
    this.properties = properties;
    this.json = json;
    this.conditionEvaluations =
        meters
            .map(
                m ->
                    Counter.builder("pathgraph.conditions.evaluated")
                        .description(
                            "Transition conditions evaluated against a returnValue (once per"
                                + " condition and distinct returnValue of a request)")
                        .register(m))
            .orElse(null);
  }

  @SchemaMapping(typeName = "PathNode")
  PathNode next(PathNode node, @Argument Object returnValue, GraphQLContext ctx) {
    if (returnValue == null) {
      return defaultNext(node);
    }
    ConditionRun conditions =
        ctx.computeIfAbsent(
            ConditionRun.class,
            k ->
                new ConditionRun(
                    properties.limits().conditionBudget().toBytes(), json, conditionEvaluations));
    PathNode.Transition chosen = conditions.choose(node.transitions(), returnValue);
    return chosen == null ? null : node.nodes().get(chosen.nodeKey());
  }

  private static PathNode defaultNext(PathNode node) {
    return node.transitions().stream()
        .filter(PathNode.Transition::isDefault)
        .findFirst()
        .map(t -> node.nodes().get(t.nodeKey()))
        .orElse(null);
  }

  @SchemaMapping(typeName = "PathNode")
  PathNode previous(PathNode node) {
    for (PathNode candidate : node.nodes().ordered()) {
      PathNode after = defaultNext(candidate);
      if (after != null && after.key().equals(node.key()) && candidate != node) {
        return candidate;
      }
    }
    return null;
  }

  @SchemaMapping(typeName = "Transition")
  PathNode next(PathNode.Transition transition) {
    return transition.nodes().get(transition.nodeKey());
  }
}
