package org.pathgraph.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathgraph.api.Role;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.stereotype.Controller;

/** The {@code Link} type: its ends are looked up by key, all links of a request at once. */
@Controller
class LinkController {

  private final LearningObjectRepository objects;

  LinkController(LearningObjectRepository objects) {
    this.objects = objects;
  }

  @BatchMapping
  Map<Link, LearningObject> source(
      List<Link> links, @ContextValue(name = Role.CONTEXT_KEY) Role role) {
    Map<String, LearningObject> found = objects.byKeys(keys(links, l -> true, Link::source), role);
    return pick(links, l -> found.get(l.source()));
  }

  @BatchMapping
  Map<Link, LearningObject> object(
      List<Link> links, @ContextValue(name = Role.CONTEXT_KEY) Role role) {
    Map<String, LearningObject> found =
        objects.byKeys(keys(links, l -> !l.toPath() && l.resolved(), Link::target), role);
    return pick(links, l -> l.toPath() ? null : found.get(l.target()));
  }

  private static Set<String> keys(
      List<Link> links,
      java.util.function.Predicate<Link> which,
      java.util.function.Function<Link, String> key) {
    return links.stream().filter(which).map(key).collect(Collectors.toSet());
  }

  private static <T> Map<Link, T> pick(
      List<Link> links, java.util.function.Function<Link, T> value) {
    // BatchMapping maps may not hold null values: absent keys resolve to null.
    Map<Link, T> result = new LinkedHashMap<>();
    for (Link link : links) {
      T v = value.apply(link);
      if (v != null) {
        result.put(link, v);
      }
    }
    return result;
  }
}
