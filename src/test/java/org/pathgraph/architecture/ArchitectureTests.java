package org.pathgraph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes. A rule broken
 * here fails the build; change the rule only together with that page.
 */
@AnalyzeClasses(packages = "org.pathgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  /** The features: each serves its part of the schema and its own statements. */
  private static final String[] FEATURES = {
    "org.pathgraph.content..",
    "org.pathgraph.concept..",
    "org.pathgraph.path..",
    "org.pathgraph.search.."
  };

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("org.pathgraph.(*)..").should().beFreeOfCycles();

  /** The import's stages (tree, parse, check, write, lock) are layered too. */
  @ArchTest
  static final ArchRule noCyclesBetweenImportStages =
      slices().matching("org.pathgraph.ingest.(*)..").should().beFreeOfCycles();

  /** A stage knows nothing of the import that runs it (Importer, its report and controller). */
  @ArchTest
  static final ArchRule importStagesDoNotUseTheImporter =
      noClasses()
          .that()
          .resideInAPackage("org.pathgraph.ingest.*..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pathgraph.ingest");

  @ArchTest
  static final ArchRule featuresDoNotReachIntoTheImport =
      noClasses()
          .that()
          .resideInAnyPackage(FEATURES)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pathgraph.ingest..");

  @ArchTest
  static final ArchRule featuresDoNotReachIntoTheTransport =
      noClasses()
          .that()
          .resideInAnyPackage(FEATURES)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pathgraph.graphql..");

  /** Only the lower layers may be used by everything; they use no feature. */
  @ArchTest
  static final ArchRule lowerLayersUseNoFeature =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.pathgraph.api..",
              "org.pathgraph.neo4j..",
              "org.pathgraph.render..",
              "org.pathgraph.security..",
              "org.pathgraph.logging..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FEATURES);

  /** Statements run only through neo4j's Graph: nobody else opens a session or a transaction. */
  @ArchTest
  static final ArchRule cypherRunsOnlyThroughNeo4j =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.pathgraph.neo4j..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.neo4j.driver.Driver")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.neo4j.driver.Session")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.neo4j.driver.Transaction")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.neo4j.driver.TransactionContext")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.neo4j.driver.QueryRunner")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.neo4j.driver.SimpleQueryRunner");

  @ArchTest
  static final ArchRule markdownAndHtmlLibrariesOnlyInRender =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.pathgraph.render..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.vladsch.flexmark..", "org.jsoup..");

  /**
   * Classes another package uses only from outside the main code: the bench (its query bench runs
   * the application's own statements with its weights, its render bench times the renderer's
   * markdown engine as the baseline) and tests in other packages (the embedded database). The
   * application class is public for its launcher.
   */
  private static final Set<String> PUBLIC_FOR_BENCH_OR_TESTS =
      Set.of(
          "org.pathgraph.PathgraphApplication",
          "org.pathgraph.neo4j.EmbeddedNeo4j",
          "org.pathgraph.neo4j.CypherQueries",
          "org.pathgraph.content.RelatedWeights",
          "org.pathgraph.render.MarkdownEngine");

  /** Public only what another package uses: anything else is package-private. */
  @ArchTest
  static final ArchRule publicOnlyWhereAnotherPackageUsesIt =
      classes().that().arePublic().and().areTopLevelClasses().should(beUsedFromAnotherPackage());

  private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
    return new ArchCondition<>("be used from another package") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean used =
            PUBLIC_FOR_BENCH_OR_TESTS.contains(type.getName())
                || type.getDirectDependenciesToSelf().stream()
                    .anyMatch(
                        d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
        if (!used) {
          events.add(
              SimpleConditionEvent.violated(
                  type, type.getName() + " is public, but no other package uses it"));
        }
      }
    };
  }
}
