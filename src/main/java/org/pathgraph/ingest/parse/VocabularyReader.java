package org.pathgraph.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.vocabulary.DC;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.tree.CodePoints;

/**
 * Reads SKOS vocabularies (Turtle, RDF/XML, JSON-LD, by file extension) with RDF4J Rio. A file that
 * does not parse is reported with its line and left out whole; the others still load.
 */
public final class VocabularyReader {

  private static final String KEPT = " (the vocabularies in the graph are kept as they are)";

  private VocabularyReader() {}

  /**
   * Reads every vocabulary file named by {@code locations}: files, or folders searched at any depth
   * for files whose extension Rio knows (others there are skipped, such as a README).
   */
  /** The prefix of a location inside the application's jar. */
  static final String CLASSPATH = "classpath:";

  public static Vocabulary read(List<String> locations) {
    List<ImportProblem> problems = new ArrayList<>();
    List<String> files = new ArrayList<>();
    Model merged = new LinkedHashModel();
    int loaded = 0;
    for (String location : locations) {
      if (location == null || location.isBlank()) {
        continue;
      }
      String where = location.strip();
      if (where.startsWith(CLASSPATH)) {
        // A vocabulary shipped in the jar: the same wherever the process starts.
        files.add(where);
        Optional<Model> model = parseResource(where, problems);
        if (model.isPresent()) {
          merged.addAll(model.get());
          loaded++;
        }
        continue;
      }
      for (Path file : files(Path.of(where), where, problems)) {
        String name = display(file);
        files.add(name);
        Optional<Model> model = parse(file, name, problems);
        if (model.isPresent()) {
          merged.addAll(model.get());
          loaded++;
        }
      }
    }
    return extract(files, loaded, merged, problems);
  }

  private static List<Path> files(Path path, String location, List<ImportProblem> problems) {
    if (Files.isRegularFile(path)) {
      if (format(path).isEmpty()) {
        problems.add(
            error(
                "UNKNOWN_VOCABULARY_FORMAT",
                location,
                "is not Turtle (.ttl), RDF/XML (.rdf, .owl, .xml) or JSON-LD (.jsonld)"));
        return List.of();
      }
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      problems.add(notFound(location, "no such file or folder"));
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> format(f).isPresent())
          .sorted(
              (a, b) ->
                  CodePoints.compare(
                      a.toString().replace('\\', '/'), b.toString().replace('\\', '/')))
          .toList();
    } catch (IOException e) {
      problems.add(error("VOCABULARY_NOT_FOUND", location, "cannot be read: " + e.getMessage()));
      return List.of();
    }
  }

  private static Optional<RDFFormat> format(Path file) {
    return format(file.getFileName().toString());
  }

  private static Optional<RDFFormat> format(String fileName) {
    return Rio.getParserFormatForFileName(fileName)
        .filter(f -> f == RDFFormat.TURTLE || f == RDFFormat.RDFXML || f == RDFFormat.JSONLD);
  }

  /** A warning: the content imports as well without labels; the graph keeps what it has. */
  private static ImportProblem notFound(String location, String what) {
    return new ImportProblem(
        Severity.WARNING,
        "VOCABULARY_NOT_FOUND",
        location,
        null,
        what + "; the vocabularies in the graph are kept as they are");
  }

  /** A {@code classpath:} location: a resource of the jar, such as the bundled i-Learn concepts. */
  private static Optional<Model> parseResource(String location, List<ImportProblem> problems) {
    String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
    Optional<RDFFormat> format = format(resource);
    ClassLoader loader = VocabularyReader.class.getClassLoader();
    // Checked without opening it, so nothing is left open; parse opens and closes it.
    if (format.isEmpty() || loader.getResource(resource) == null) {
      problems.add(notFound(location, "no such vocabulary in the application"));
      return Optional.empty();
    }
    return parse(
        () -> loader.getResourceAsStream(resource),
        format.get(),
        "jar:" + resource,
        location,
        problems);
  }

  private static Optional<Model> parse(Path file, String name, List<ImportProblem> problems) {
    return parse(
        () -> Files.newInputStream(file),
        format(file).orElseThrow(),
        file.toAbsolutePath().toUri().toString(),
        name,
        problems);
  }

  /** Opens the bytes of one vocabulary file. */
  private interface Source {
    InputStream open() throws IOException;
  }

  private static Optional<Model> parse(
      Source source, RDFFormat format, String baseUri, String name, List<ImportProblem> problems) {
    RDFParser parser = Rio.createParser(format);
    // A vocabulary file must not make the server fetch remote JSON-LD contexts.
    parser.getParserConfig().set(JSONLDSettings.SECURE_MODE, true);
    Model model = new LinkedHashModel();
    parser.setRDFHandler(new StatementCollector(model));
    try (InputStream in = source.open()) {
      parser.parse(in, baseUri);
      return Optional.of(model);
    } catch (RDFParseException e) {
      String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "";
      problems.add(
          error("MALFORMED_VOCABULARY", name, where + withoutLocation(e.getMessage()) + KEPT));
    } catch (IOException | RuntimeException e) {
      // Rio wraps some syntax errors (JSON-LD) in runtime exceptions: a bad file, never a crash.
      problems.add(
          error(
              "MALFORMED_VOCABULARY",
              name,
              "cannot be parsed as " + format.getName() + ": " + e.getMessage() + KEPT));
    }
    return Optional.empty();
  }

  /** Rio appends " [line 3]" or " [line 3, column 7]"; the message already leads with the line. */
  private static String withoutLocation(String message) {
    return message == null ? "syntax error" : message.replaceAll("\\s*\\[line [^\\]]*\\]$", "");
  }

  private static Vocabulary extract(
      List<String> files, int loaded, Model model, List<ImportProblem> problems) {
    SortedSet<String> schemeUris = new TreeSet<>();
    SortedSet<String> conceptUris = new TreeSet<>();
    for (Statement s : model) {
      IRI p = s.getPredicate();
      if (p.equals(RDF.TYPE) && s.getObject().equals(SKOS.CONCEPT_SCHEME)) {
        iri(s.getSubject()).ifPresent(schemeUris::add);
      } else if (p.equals(RDF.TYPE) && s.getObject().equals(SKOS.CONCEPT)) {
        iri(s.getSubject()).ifPresent(conceptUris::add);
      } else if (p.equals(SKOS.BROADER) || p.equals(SKOS.NARROWER) || p.equals(SKOS.RELATED)) {
        iri(s.getSubject()).ifPresent(conceptUris::add);
        iri(s.getObject()).ifPresent(conceptUris::add);
      } else if (p.equals(SKOS.IN_SCHEME) || p.equals(SKOS.TOP_CONCEPT_OF)) {
        iri(s.getSubject()).ifPresent(conceptUris::add);
        iri(s.getObject()).ifPresent(schemeUris::add);
      } else if (p.equals(SKOS.HAS_TOP_CONCEPT)) {
        iri(s.getSubject()).ifPresent(schemeUris::add);
        iri(s.getObject()).ifPresent(conceptUris::add);
      }
    }
    // A resource typed both ways is taken as a scheme: a concept cannot contain concepts.
    conceptUris.removeAll(schemeUris);

    SortedMap<String, Vocabulary.Scheme> schemes = new TreeMap<>();
    for (String uri : schemeUris) {
      IRI s = org.eclipse.rdf4j.model.util.Values.iri(uri);
      SortedMap<String, String> titles = labels(model, s, SKOS.PREF_LABEL);
      for (IRI alternative : List.of(DCTERMS.TITLE, DC.TITLE, RDFS.LABEL)) {
        labels(model, s, alternative).forEach(titles::putIfAbsent);
      }
      schemes.put(uri, new Vocabulary.Scheme(uri, titles));
    }

    SortedMap<String, Vocabulary.Entry> concepts = new TreeMap<>();
    for (String uri : conceptUris) {
      IRI c = org.eclipse.rdf4j.model.util.Values.iri(uri);
      SortedMap<String, List<String>> alt = new TreeMap<>();
      for (Literal l : literals(model, c, SKOS.ALT_LABEL)) {
        alt.computeIfAbsent(language(l), k -> new ArrayList<>()).add(l.getLabel());
      }
      alt.replaceAll((k, v) -> v.stream().distinct().sorted(CodePoints::compare).toList());
      String notation =
          literals(model, c, SKOS.NOTATION).stream()
              .map(Literal::getLabel)
              .min(CodePoints::compare)
              .orElse(null);
      SortedSet<String> inSchemes = objects(model, c, SKOS.IN_SCHEME);
      SortedSet<String> top = objects(model, c, SKOS.TOP_CONCEPT_OF);
      top.addAll(subjects(model, SKOS.HAS_TOP_CONCEPT, c));
      top.retainAll(schemeUris);
      inSchemes.addAll(top);
      inSchemes.retainAll(schemeUris);
      SortedSet<String> broader = objects(model, c, SKOS.BROADER);
      broader.addAll(subjects(model, SKOS.NARROWER, c));
      broader.retainAll(conceptUris);
      broader.remove(uri);
      SortedSet<String> related = objects(model, c, SKOS.RELATED);
      related.addAll(subjects(model, SKOS.RELATED, c));
      related.retainAll(conceptUris);
      related.remove(uri);
      concepts.put(
          uri,
          new Vocabulary.Entry(
              uri,
              labels(model, c, SKOS.PREF_LABEL),
              alt,
              notation,
              inSchemes,
              broader,
              related,
              top));
    }
    return new Vocabulary(List.copyOf(files), loaded, concepts, schemes, List.copyOf(problems));
  }

  /** One label per language: the smallest when a language has several. */
  private static SortedMap<String, String> labels(Model model, Resource subject, IRI predicate) {
    SortedMap<String, String> result = new TreeMap<>();
    for (Literal l : literals(model, subject, predicate)) {
      result.merge(language(l), l.getLabel(), (a, b) -> CodePoints.compare(a, b) <= 0 ? a : b);
    }
    return result;
  }

  private static List<Literal> literals(Model model, Resource subject, IRI predicate) {
    List<Literal> result = new ArrayList<>();
    for (Value v : model.filter(subject, predicate, null).objects()) {
      if (v instanceof Literal l && !l.getLabel().isBlank()) {
        result.add(l);
      }
    }
    return result;
  }

  private static String language(Literal l) {
    return l.getLanguage().map(t -> t.toLowerCase(java.util.Locale.ROOT)).orElse("");
  }

  private static SortedSet<String> objects(Model model, Resource subject, IRI predicate) {
    SortedSet<String> result = new TreeSet<>();
    for (Value v : model.filter(subject, predicate, null).objects()) {
      iri(v).ifPresent(result::add);
    }
    return result;
  }

  private static SortedSet<String> subjects(Model model, IRI predicate, Value object) {
    SortedSet<String> result = new TreeSet<>();
    for (Resource r : model.filter(null, predicate, object).subjects()) {
      iri(r).ifPresent(result::add);
    }
    return result;
  }

  private static Optional<String> iri(Value v) {
    return v instanceof IRI i ? Optional.of(i.stringValue()) : Optional.empty();
  }

  private static String display(Path file) {
    return file.normalize().toString().replace('\\', '/');
  }

  private static ImportProblem error(String code, String file, String message) {
    return new ImportProblem(Severity.ERROR, code, file, null, message);
  }
}
