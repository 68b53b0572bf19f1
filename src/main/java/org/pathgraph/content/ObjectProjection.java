package org.pathgraph.content;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which stored properties of a learning object a request needs, worked out from the fields it
 * selects: a statement ships {@code [name IN $objectProperties | o[name]]}, so the body, the search
 * text and the rest stay in the database unless a selected field reads them.
 *
 * <p>The names come from a fixed vocabulary, {@link LearningObject}'s components, never from the
 * request: a selected field maps to the properties it reads (a plain field to the property of its
 * name, {@code concepts} to {@code conceptUris}, a field another feature loads by key to none), and
 * a field this table does not know (the rendered fields among them) asks for every property, so a
 * new field is correct before it is cheap. {@code rendered} tells whether a field made by rendering
 * is selected (or may be): only then do the objects an object embeds come with it; {@code
 * altLabels} whether its concepts' alternative labels are (the rest of a concept is small).
 */
public record ObjectProjection(List<String> properties, boolean rendered, boolean altLabels) {

  /** Every stored property of an object: what a statement ships when no selection is known. */
  public static final ObjectProjection ALL =
      new ObjectProjection(
          Arrays.stream(LearningObject.class.getRecordComponents())
              .map(RecordComponent::getName)
              .toList(),
          true,
          true);

  /** Always read: the key and its parts identify the object (and key its loaders). */
  private static final List<String> IDENTITY = List.of("key", "hruid", "language", "version");

  /** Fields whose properties are not their own name; an empty list reads the key only. */
  private static final Map<String, List<String>> READS =
      Map.ofEntries(
          Map.entry("__typename", List.of()),
          Map.entry("markdown", List.of("markdown", "contentType")),
          Map.entry("concepts", List.of("conceptUris")),
          Map.entry("educationalGoals", List.of("goalSources", "goalIds")),
          Map.entry("paths", List.of()),
          Map.entry("linksTo", List.of()),
          Map.entry("linkedFrom", List.of()),
          Map.entry("links", List.of()),
          Map.entry("translations", List.of()),
          Map.entry("versions", List.of()),
          Map.entry("related", List.of()));

  /** Fields served as the property of the same name (the record's accessor). */
  private static final Set<String> PLAIN =
      Set.of(
          "key",
          "hruid",
          "language",
          "version",
          "title",
          "description",
          "keywords",
          "contentType",
          "targetAges",
          "difficulty",
          "estimatedTime",
          "teacherExclusive",
          "available",
          "copyright",
          "licence",
          "returnValue",
          "contentLocation",
          "aspectRatio",
          "sourceFile",
          "contentFile");

  /**
   * The properties the fields selected at {@code path} (a glob of {@link
   * DataFetchingFieldSelectionSet}, e.g. {@code nodes/learningObject}; null for the fields of the
   * selection itself) of {@code selection} read.
   */
  public static ObjectProjection of(DataFetchingFieldSelectionSet selection, String path) {
    Set<String> names = new LinkedHashSet<>(IDENTITY);
    for (SelectedField field : selection.getFields(path == null ? "*" : path + "/*")) {
      String name = field.getName();
      if (PLAIN.contains(name)) {
        names.add(name);
      } else if (READS.containsKey(name)) {
        names.addAll(READS.get(name));
      } else {
        // The rendered fields land here as well: the renderer reads most of the object.
        return ALL;
      }
    }
    // Alternative labels anywhere below: the concepts read here are the request's for this object
    // (content/Prefetched), wherever else in the request the same object shows up.
    return new ObjectProjection(List.copyOf(names), false, selection.contains("**/altLabels"));
  }

  /** Whether the object's concepts are selected. */
  public boolean concepts() {
    return properties.contains("conceptUris");
  }

  /** The object from the values a statement shipped for {@link #properties}, in that order. */
  public LearningObject read(List<?> values) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < properties.size(); i++) {
      map.put(properties.get(i), values.get(i));
    }
    return LearningObject.from(map);
  }
}
