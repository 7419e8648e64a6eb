package io.jobsconformance.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The golden list is checked as it loads, and every defect is named at once. */
class RequirementsFileTest {
  private static final String ENTRY = """
        - id: JOBS-LIST-001
          title: Lists are newest first
          level: SHOULD
          text: GET /api/v4/jobs orders by create_at descending.
          source: server/channels/store/sqlstore/job_store.go GetAllByTypesPage
      """;

  @Test
  void aValidListLoadsInFileOrder() {
    RequirementsFile file = RequirementsFile.parse("requirements:\n" + ENTRY, "test");
    assertThat(file.all()).extracting(Requirement::id).containsExactly("JOBS-LIST-001");
    assertThat(file.byId("JOBS-LIST-001").orElseThrow().level()).isEqualTo(Requirement.Level.SHOULD);
    assertThat(Requirement.Level.SHOULD.tag()).isEqualTo("@should");
  }

  @Test
  void anEmptyListIsFineWrittenEitherWay() {
    assertThat(RequirementsFile.parse("requirements: []", "test").all()).isEmpty();
    assertThat(RequirementsFile.parse("# only a header\nrequirements:\n", "test").all()).isEmpty();
  }

  @Test
  void theShippedListLoads() {
    assertThat(RequirementsFile.load(Path.of(RequirementsFile.LOCATION)).all()).isNotNull();
  }

  @Test
  void aMissingTopLevelKeyIsRefused() {
    assertThatThrownBy(() -> RequirementsFile.parse("- id: JOBS-LIST-001", "test"))
        .hasMessageContaining("needs a top-level 'requirements:' list");
  }

  @Test
  void everyDefectIsNamed() {
    String yaml = "requirements:\n" + ENTRY + ENTRY + """
        - id: jobs-list-2
          title: ""
          level: MUST
          text: t
          source: s
      """;
    assertThatThrownBy(() -> RequirementsFile.parse(yaml, "test"))
        .hasMessageContaining("JOBS-LIST-001: duplicate id")
        .hasMessageContaining("jobs-list-2: id is not of the form JOBS-<AREA>-<NNN>")
        .hasMessageContaining("jobs-list-2: empty title");
  }

  @Test
  void aLevelOtherThanMustOrShouldAndUnknownFieldsAreRefused() {
    assertThatThrownBy(() -> RequirementsFile.parse(
        "requirements:\n" + ENTRY.replace("SHOULD", "MAY"), "test")).hasMessageContaining("MAY");
    assertThatThrownBy(() -> RequirementsFile.parse(
        "requirements:\n" + ENTRY + "    owner: qa\n", "test")).hasMessageContaining("owner");
  }
}
