package io.jobsconformance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Keeps the layering of STYLE.md: {@code model <- store <- app <- api <- mock}, each layer using only the ones below
 * it; the reference implementation ({@code model}..{@code api}) free of the mock server, test and HTTP-client
 * libraries, so it can be diffed against upstream and reused; no console output outside the command-line entry
 * point; immutable model values.
 */
@AnalyzeClasses(packages = "io.jobsconformance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String MODEL = "io.jobsconformance.model..";
  private static final String STORE = "io.jobsconformance.store..";
  private static final String APP = "io.jobsconformance.app..";
  private static final String API = "io.jobsconformance.api..";
  private static final String MOCK = "io.jobsconformance.mock..";
  private static final String CLI = "io.jobsconformance.cli..";
  private static final String CONFORMANCE = "io.jobsconformance.conformance..";

  @ArchTest
  static final ArchRule layersOnlyUseTheLayersBelowThem =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Model").definedBy(MODEL)
          .layer("Store").definedBy(STORE)
          .layer("App").definedBy(APP)
          .layer("Api").definedBy(API)
          // Optional only so the rule holds while the mock package is still being written.
          .optionalLayer("Mock").definedBy(MOCK)
          .whereLayer("Model").mayNotAccessAnyLayer()
          .whereLayer("Store").mayOnlyAccessLayers("Model")
          .whereLayer("App").mayOnlyAccessLayers("Model", "Store")
          .whereLayer("Api").mayOnlyAccessLayers("Model", "Store", "App")
          .whereLayer("Mock").mayOnlyAccessLayers("Model", "Store", "App", "Api")
          .whereLayer("Mock").mayNotBeAccessedByAnyLayer()
          .because("STYLE.md 1: layers in one direction, as in Mattermost");

  @ArchTest
  static final ArchRule theReferenceImplementationDependsOnNeitherMockNorCliNorConformance =
      noClasses()
          .that().resideInAnyPackage(MODEL, STORE, APP, API)
          .should().dependOnClassesThat().resideInAnyPackage(MOCK, CLI, CONFORMANCE);

  @ArchTest
  static final ArchRule theReferenceImplementationImportsNoMockServerTestOrClientLibrary =
      noClasses()
          .that().resideInAnyPackage(MODEL, STORE, APP, API)
          .should().dependOnClassesThat().resideInAnyPackage(
              "com.github.tomakehurst..",
              "org.wiremock..",
              "io.cucumber..",
              "io.restassured..",
              "org.junit..",
              "org.assertj..",
              "com.atlassian.oai..",
              "io.swagger..")
          .because("STYLE.md 1: the reference implementation imports nothing from WireMock, Cucumber or REST Assured");

  @ArchTest
  static final ArchRule modelAndStoreDoNotUseJackson =
      noClasses()
          .that().resideInAnyPackage(MODEL, STORE)
          .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
          .because("JSON is the HTTP boundary's concern");

  @ArchTest
  static final ArchRule onlyTheCommandLineEntryPointWritesToTheConsole =
      noClasses()
          .that().resideOutsideOfPackage(CLI)
          .should(ACCESS_STANDARD_STREAMS)
          .because("STYLE.md 15: no System.out outside the command-line entry point");

  @ArchTest
  static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

  @ArchTest
  static final ArchRule everyModelFieldIsFinal =
      fields()
          .that().areDeclaredInClassesThat().resideInAPackage(MODEL)
          .should().beFinal()
          .because("STYLE.md 4: immutable values");

  @ArchTest
  static final ArchRule modelValuesAreRecordsEnumsOrStatelessHolders =
      classes()
          .that().resideInAPackage(MODEL)
          .and().areNotRecords()
          .and().areNotEnums()
          .and().areTopLevelClasses()
          .should(beFinalWithoutInstanceFields())
          .because("STYLE.md 15: records and enums for the model; anything else only holds constants and functions");

  private static ArchCondition<JavaClass> beFinalWithoutInstanceFields() {
    return new ArchCondition<>("be final and have no instance fields") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        if (!javaClass.getModifiers().contains(JavaModifier.FINAL)) {
          events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " is not final"));
        }
        javaClass.getFields().stream()
            .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
            .forEach(
                f ->
                    events.add(
                        SimpleConditionEvent.violated(
                            f, javaClass.getName() + " has the instance field " + f.getName())));
      }
    };
  }
}
