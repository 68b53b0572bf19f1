package org.pathgraph.graphql;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What the request limits measure in a parsed document. */
final class DocumentShape {

  private DocumentShape() {}

  /** Depth, aliases and fields of a selection; counts saturate instead of overflowing. */
  record Shape(int depth, long aliases, long fields) {
    static final Shape EMPTY = new Shape(0, 0, 0);
  }

  /**
   * Measures selections with fragments expanded, each fragment measured once (a fragment spread
   * many times multiplies, it is not re-walked). Introspection fields ({@code __schema}, {@code
   * __type}, {@code __typename}) are not counted: they never reach the database, and graphql-java
   * bounds introspection on its own.
   */
  static final class Shapes {
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
