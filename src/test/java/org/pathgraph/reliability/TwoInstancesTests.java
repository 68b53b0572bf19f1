package org.pathgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.pathgraph.neo4j.EmbeddedNeo4j;
import org.pathgraph.support.ContentTrees;
import org.pathgraph.support.GraphDump;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.GraphTestSupport;
import org.pathgraph.support.Tokens4Tests;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two full server instances on one "external" database, as a deployment with two replicas runs
 * them: imports triggered on both at the same moment never interleave (one writes, the other is
 * refused), and queries on one instance while the other re-imports see every object entirely old or
 * entirely new.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String IMPORT =
      "mutation { importContent { report { finishedAt changes { objectsWritten objectsDeleted"
          + " objectsUnchanged pathsWritten pathsDeleted pathsUnchanged writeFailures } } } }";

  private EmbeddedNeo4j database;
  private Path data;
  private Driver driver;
  // Both instances import this folder; it starts empty (an empty learning_objects/ folder: a folder
  // without one is refused), so their start-up imports write nothing,
  // and each test fills it with the tree it needs before it triggers the imports.
  private Path tree;
  private ConfigurableApplicationContext first;
  private ConfigurableApplicationContext second;
  private final List<Path> trees = new ArrayList<>();

  @BeforeAll
  void startDatabaseAndTwoInstances() throws IOException {
    data = Path.of(GraphTestSupport.freshDataDir("two-instances"));
    database = EmbeddedNeo4j.start(data, Servers.freePort(), "64m");
    driver = GraphDatabase.driver(database.boltUri(), AuthTokens.none());
    tree = Files.createTempDirectory("pathgraph-two-instances-");
    Files.createDirectories(tree.resolve("learning_objects"));
    first = Servers.start(database.boltUri(), tree.toString());
    second = Servers.start(database.boltUri(), tree.toString());
  }

  @AfterAll
  void stop() {
    for (AutoCloseable c : new AutoCloseable[] {first, second, driver, database}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        // Closing the rest matters more.
      }
    }
    Servers.deleteTree(data);
    Servers.deleteTree(tree);
    trees.forEach(Servers::deleteTree);
  }

  @Test
  void importsTriggeredOnBothInstancesAtOnceNeverInterleave() throws Exception {
    int objects = 1000;
    replaceTree(ContentTrees.generated(objects, 40, "v1"));
    GraphQlHttp a = admin(first);
    GraphQlHttp b = admin(second);

    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (GraphQlHttp client : List.of(a, b)) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  GraphQlHttp.Response r = client.post(IMPORT);
                  return new Answer(r, System.currentTimeMillis());
                }));
      }
      go.countDown();
      Answer one = answers.get(0).get(10, TimeUnit.MINUTES);
      Answer two = answers.get(1).get(10, TimeUnit.MINUTES);

      List<Answer> wrote = Stream.of(one, two).filter(Answer::imported).toList();
      List<Answer> refused = Stream.of(one, two).filter(x -> !x.imported()).toList();
      System.out.println("Instance 1: " + one.response().body());
      System.out.println("Instance 2: " + two.response().body());
      assertThat(wrote).as("exactly one import ran").hasSize(1);
      assertThat(refused).hasSize(1);
      JsonNode changes = wrote.get(0).json().at("/data/importContent/report/changes");
      assertThat(changes.get("objectsWritten").asInt()).isEqualTo(objects);
      assertThat(changes.get("pathsWritten").asInt()).isEqualTo(40);
      assertThat(changes.get("writeFailures").asInt()).isZero();
      JsonNode error = refused.get(0).json().at("/errors/0");
      assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
      assertThat(error.at("/message").asString()).startsWith("an import is already running");
      assertThat(refused.get(0).json().at("/data").isNull()).isTrue();
      // The refusal came while the other import was still writing, not after it.
      assertThat(refused.get(0).at()).isLessThan(wrote.get(0).at());
    } finally {
      pool.shutdownNow();
    }

    // The graph the one import left equals a clean import of the same tree into an empty graph.
    GraphDump afterRace = GraphDump.of(driver);
    driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
    GraphQlHttp.Response clean = a.post(IMPORT);
    assertThat(clean.body()).doesNotContain("\"errors\"");
    assertThat(GraphDump.of(driver)).isEqualTo(afterRace);
    assertThat(afterRace.nodes()).containsEntry("LearningObject", (long) objects);
  }

  @Test
  void queriesOnOneInstanceSeeEachObjectEntirelyOldOrNewWhileTheOtherReimports() throws Exception {
    int objects = 1000;
    replaceTree(versioned(objects, "v1"));
    GraphQlHttp.Response v1 = admin(first).post(IMPORT);
    assertThat(v1.body()).doesNotContain("\"errors\"");
    replaceTree(versioned(objects, "v2"));

    GraphQlHttp reader = new GraphQlHttp(Servers.port(second));
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong polls = new AtomicLong();
    AtomicLong seen = new AtomicLong();
    AtomicLong mixedPolls = new AtomicLong();
    ConcurrentLinkedQueue<String> mixes = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    Set<String> versionsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    int pollers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(pollers);
    try {
      for (int p = 0; p < pollers; p++) {
        int offset = p * (objects / pollers);
        pool.submit(
            () -> {
              int page = 0;
              while (!stop.get()) {
                // Each poller pages through the objects from its own starting point, 50 at a time.
                int start = (offset + page * 50) % objects;
                page++;
                GraphQlHttp.Response r =
                    reader.post(
                        "query($after: String) { learningObjects(first: 50, after: $after) {"
                            + " edges { node { key title keywords html concepts { uri }"
                            + " educationalGoals { id } } } } }",
                        start == 0
                            ? new HashMap<>()
                            : Map.of("after", org.pathgraph.api.Cursors.encode(key(start - 1))));
                polls.incrementAndGet();
                JsonNode body = JSON.readTree(r.body());
                if (r.status() != 200 || body.has("errors")) {
                  failures.add(r.body());
                  continue;
                }
                Set<String> versionsOfPoll = new TreeSet<>();
                for (JsonNode edge : body.at("/data/learningObjects/edges")) {
                  JsonNode node = edge.get("node");
                  seen.incrementAndGet();
                  Set<String> versions = versions(node);
                  versionsOfPoll.addAll(versions);
                  if (versions.size() != 1) {
                    mixes.add(node.toString());
                  }
                }
                versionsSeen.addAll(versionsOfPoll);
                if (versionsOfPoll.size() > 1) {
                  mixedPolls.incrementAndGet();
                }
              }
              return null;
            });
      }
      Thread.sleep(1000);
      long importStart = System.nanoTime();
      long pollsBefore = polls.get();
      GraphQlHttp.Response v2 = admin(first).post(IMPORT);
      long importMillis = (System.nanoTime() - importStart) / 1_000_000;
      long pollsDuring = polls.get() - pollsBefore;
      Thread.sleep(1000);
      stop.set(true);
      pool.shutdown();
      assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

      System.out.printf(
          "Re-import v1 -> v2 of %d objects took %d ms; %d polls (%d during the import) by %d"
              + " pollers on the other instance read %d objects: %d polls saw both versions, %d"
              + " objects were mixed, %d polls failed%n",
          objects,
          importMillis,
          polls.get(),
          pollsDuring,
          pollers,
          seen.get(),
          mixedPolls.get(),
          mixes.size(),
          failures.size());
      assertThat(
              JSON.readTree(v2.body())
                  .at("/data/importContent/report/changes/objectsWritten")
                  .asInt())
          .isEqualTo(objects);
      assertThat(failures).as("failed polls").isEmpty();
      assertThat(mixes).as("objects half v1, half v2").isEmpty();
      assertThat(versionsSeen).containsExactlyInAnyOrder("v1", "v2");
      // How many polls fit in the import depends on the machine's load; each poller's at least.
      assertThat(pollsDuring).as("polls while the import ran").isGreaterThanOrEqualTo(pollers);

      // A graph imported before objects carried their concepts and goals as properties: reads
      // take them only from those properties, and the next import, though no file changed,
      // rewrites every such object, so the answer is the same again.
      String query =
          "{ learningObject(hruid: \"obj_0003\", language: \"en\") { concepts { uri }"
              + " educationalGoals { source id learningObjects(first: 5) { totalCount } } } }";
      String withProperties = reader.post(query).body();
      driver
          .executableQuery(
              "MATCH (o:LearningObject) REMOVE o.conceptUris, o.goalSources, o.goalIds")
          .execute();
      GraphQlHttp.Response migration = admin(first).post(IMPORT);
      assertThat(
              JSON.readTree(migration.body())
                  .at("/data/importContent/report/changes/objectsWritten")
                  .asInt())
          .isEqualTo(objects);
      assertThat(reader.post(query).body())
          .isEqualTo(withProperties)
          .contains("http://example.org/concept/v2/c3")
          .contains("\"source\":\"Reimport\",\"id\":\"goal-v2\"")
          .contains("\"totalCount\":1000");
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }

  /**
   * The versions an object's title, keywords, html, concepts and goals carry; one if consistent.
   */
  private static Set<String> versions(JsonNode node) {
    Set<String> versions = new TreeSet<>();
    versions.add(marker(node.get("title").asString()));
    node.get("keywords").forEach(k -> versions.add(marker(k.asString())));
    versions.add(marker(node.get("html").asString()));
    node.get("concepts").forEach(c -> versions.add(marker(c.get("uri").asString())));
    node.get("educationalGoals").forEach(g -> versions.add(marker(g.get("id").asString())));
    return versions;
  }

  private static String marker(String text) {
    boolean one = text.contains("v1");
    boolean two = text.contains("v2");
    return one == two ? "neither or both in " + text : one ? "v1" : "v2";
  }

  private static String key(int i) {
    return "obj_%04d/en/1".formatted(i);
  }

  /**
   * {@code objects} objects whose title, keyword, body and concept all carry {@code version}, and
   * nothing else that could: no embeds (an embedded object's version would show in the embedder's
   * html) and no paths.
   */
  private static Path versioned(int objects, String version) throws IOException {
    Path root = Files.createTempDirectory("pathgraph-versioned-");
    for (int i = 0; i < objects; i++) {
      Path folder = root.resolve("learning_objects/obj_%04d".formatted(i));
      Files.createDirectories(folder);
      Files.writeString(
          folder.resolve("index.md"),
          """
          ---
          hruid: obj_%04d
          language: en
          version: 1
          title: Object %d %s
          description: An object of the re-import test.
          content_type: text/markdown
          keywords: [kw-%s]
          skos_concepts: ['http://example.org/concept/%s/c%d']
          educational_goals: [{source: Reimport, id: goal-%s}]
          ---
          # Object %d

          The body of this object in version %s.
          """
              .formatted(i, i, version, version, version, i % 7, version, i, version));
    }
    return root;
  }

  /** Makes the instances' content folder hold exactly {@code source}'s files. */
  private void replaceTree(Path source) throws IOException {
    try (Stream<Path> files = Files.walk(tree)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(tree)) {
          Files.delete(p);
        }
      }
    }
    ContentTrees.copy(source, tree);
    trees.add(source);
  }

  private static GraphQlHttp admin(ConfigurableApplicationContext instance) {
    return new GraphQlHttp(Servers.port(instance)).withToken(Tokens4Tests.admin());
  }

  /** A response to the import mutation and when it arrived. */
  private record Answer(GraphQlHttp.Response response, long at) {

    JsonNode json() {
      return JSON.readTree(response.body());
    }

    boolean imported() {
      return !json().has("errors");
    }
  }
}
