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
import java.util.function.Predicate;

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
 * altLabels} whether its concepts' alternative labels are (the rest of a concept is small); {@code
 * concepts} whether the statement reads the object's concepts with it: only when {@code concepts}
 * is selected with more than a concept's {@code uri} somewhere in the request (the URIs alone are
 * the object's {@code conceptUris}, which the {@code concepts} field then answers from).
 */
public record ObjectProjection(
    List<String> properties, boolean rendered, boolean altLabels, boolean concepts) {

  /** Every stored property of an object: what a statement ships when no selection is known. */
  public static final ObjectProjection ALL =
      new ObjectProjection(
          Arrays.stream(LearningObject.class.getRecordComponents())
              .map(RecordComponent::getName)
              .toList(),
          true,
          true,
          true);

  /** The fields of a concept that its URI alone answers. */
  private static final Set<String> OF_THE_URI = Set.of("uri", "__typename");

  /** A projection of {@code properties} only, to read values a statement shipped for them. */
  public static ObjectProjection reading(List<String> properties) {
    return new ObjectProjection(properties, false, false, false);
  }

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
   * The properties the fields selected directly below {@code parent} (a field's qualified name in
   * {@code selection}, such as {@code edges/node}; null for the fields of the selection itself)
   * read.
   */
  public static ObjectProjection of(DataFetchingFieldSelectionSet selection, String parent) {
    // Qualified names are relative to the field whose selection this is ("edges/node/title").
    String prefix = parent == null ? "" : parent + "/";
    return of(
        selection,
        f -> {
          String name = f.getQualifiedName();
          return name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0;
        });
  }

  /**
   * The properties the fields selected below any field called {@code parentName} read, at any depth
   * of {@code selection}: the objects a request meets in several places share one read.
   */
  public static ObjectProjection below(DataFetchingFieldSelectionSet selection, String parentName) {
    String inside = "/" + parentName + "/";
    return of(
        selection,
        f -> {
          String path = "/" + f.getQualifiedName();
          return path.substring(0, path.lastIndexOf('/') + 1).endsWith(inside);
        });
  }

  // One pass over the selection's fields (graphql-java keeps them as a list): its glob matching
  // compiles a pattern per call, which cost more than the whole projection saved on small reads.
  private static ObjectProjection of(
      DataFetchingFieldSelectionSet selection, Predicate<SelectedField> ofTheObject) {
    Set<String> names = new LinkedHashSet<>(IDENTITY);
    boolean all = false;
    boolean altLabels = false;
    boolean conceptDetails = false;
    boolean concepts = false;
    for (SelectedField field : selection.getFields()) {
      String name = field.getName();
      // Anywhere below, as for the alternative labels: whether a concept shows more than its URI.
      conceptDetails |=
          !OF_THE_URI.contains(name) && field.getObjectTypeNames().contains("Concept");
      // Alternative labels anywhere below: the concepts read here prime the request's
      // objectConcepts loader for this object, wherever else in the request it shows up.
      altLabels |= name.equals("altLabels");
      if (!ofTheObject.test(field)) {
        continue;
      }
      concepts |= name.equals("concepts");
      if (PLAIN.contains(name)) {
        names.add(name);
      } else if (READS.containsKey(name)) {
        names.addAll(READS.get(name));
      } else {
        // The rendered fields land here as well: the renderer reads most of the object.
        all = true;
      }
    }
    boolean readConcepts = concepts && conceptDetails;
    return all
        ? new ObjectProjection(ALL.properties, true, altLabels, readConcepts)
        : new ObjectProjection(List.copyOf(names), false, altLabels, readConcepts);
  }

  /** Whether a concept selected below {@code selection} shows only what its URI answers. */
  public static boolean uriOnly(DataFetchingFieldSelectionSet selection) {
    return selection.getImmediateFields().stream().allMatch(f -> OF_THE_URI.contains(f.getName()));
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
