package io.jobsconformance.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jobsconformance.conformance.spec.SpecDepartures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary's verdicts and coverage figures, from scenario results and observations made up for the test. */
class ConformanceSummaryTest {
  private static final RequirementsFile REQUIREMENTS =
      RequirementsFile.parse(GoldenListCheckTest.fixture("requirements.yaml"), "fixture");

  private static ScenarioResult scenario(String name, int line, ScenarioResult.Outcome outcome, String reason,
      String... tags) {
    return new ScenarioResult(name, "features/cancel.feature:" + line, outcome, List.of(tags), reason);
  }

  private static ConformanceSummary summarize(List<ScenarioResult> results, Observations observations) {
    return ConformanceSummary.of("2026-01-01T00:00:00Z",
        new ConformanceSummary.RunInfo("embedded mock", false, "lexical", null, null), results, REQUIREMENTS,
        StatusCatalog.fromClasspath(), SpecDepartures.fromClasspath(), observations.snapshot());
  }

  @Test
  void aRequirementFailsWithAnyFailedScenarioAndIsSkippedOnlyWhenAllAreSkipped() {
    ConformanceSummary summary = summarize(List.of(
        scenario("a", 3, ScenarioResult.Outcome.PASSED, null, "@JOBS-CANCEL-001", "@must"),
        scenario("b", 9, ScenarioResult.Outcome.FAILED, "expected 200", "@JOBS-CANCEL-001", "@must"),
        scenario("c", 12, ScenarioResult.Outcome.SKIPPED, "@mock-only: skipped", "@JOBS-CANCEL-002", "@should"),
        scenario("d", 20, ScenarioResult.Outcome.PASSED, null, "@JOBS-OTHER-001", "@must")), new Observations());
    assertThat(summary.requirements()).extracting(RequirementResult::result)
        .containsExactly(RequirementResult.FAILED, RequirementResult.SKIPPED);
    assertThat(summary.requirements().get(1).skipReasons()).containsExactly("@mock-only: skipped");
    assertThat(summary.untracked()).extracting(ScenarioResult::name).containsExactly("d");
    assertThat(summary.scenarios()).isEqualTo(new ConformanceSummary.Totals(2, 1, 1));
    assertThat(summarize(List.of(), new Observations()).requirements()).extracting(RequirementResult::result)
        .containsOnly(RequirementResult.NOT_RUN);
  }

  @Test
  void statusCoverageCountsRowsAttributesRouteMissesByPathAndFlagsUnlistedStatuses() {
    Observations observations = new Observations();
    observations.response("GetJobs", "GET", "/api/v4/jobs", 200);
    observations.response("GetJobs", "GET", "/api/v4/jobs", 200);
    observations.response(null, "GET", "/api/v4/jobs/", 404);
    observations.response("GetJob", "GET", "/api/v4/jobs/type/", 404);
    observations.response(null, "DELETE", "/api/v4/jobs/abc", 404);
    observations.response("CancelJob", "POST", "/api/v4/jobs/x/cancel", 418);
    StatusCoverage coverage = summarize(List.of(), observations).statusCoverage();
    assertThat(coverage.rows()).isEqualTo(53);
    assertThat(coverage.documentedRows()).isEqualTo(30);
    assertThat(coverage.exercised()).isEqualTo(3);
    StatusCoverage.OperationCoverage getJobs = coverage.operations().get(0);
    assertThat(getJobs.statuses()).filteredOn(StatusCoverage.Cell::exercised)
        .extracting(StatusCoverage.Cell::status, StatusCoverage.Cell::count)
        .containsExactly(tuple(200, 2L), tuple(404, 1L));
    assertThat(coverage.operations()).filteredOn(op -> op.operationId().equals("GetJobsByType")).singleElement()
        .satisfies(op -> assertThat(op.statuses()).anyMatch(c -> c.status() == 404 && c.count() == 1));
    assertThat(coverage.operations()).filteredOn(op -> op.operationId().equals("GetJob")).singleElement()
        .satisfies(op -> assertThat(op.statuses()).noneMatch(c -> c.status() == 404 && c.exercised()));
    assertThat(coverage.operations()).filteredOn(op -> op.operationId().equals("CancelJob")).singleElement()
        .satisfies(op -> assertThat(op.statuses()).anyMatch(c -> c.status() == 418
            && c.kind().equals(StatusCoverage.UNLISTED)));
    assertThat(coverage.routeMisses()).containsExactly(
        new StatusCoverage.RouteMissCount("DELETE", "/api/v4/jobs/abc", 404, 1));
  }

  @Test
  void theStatusChangeMatrixHas144CasesAndAnyUnknownRequestedStatusIsTheInvalidColumn() {
    Observations observations = new Observations();
    observations.transition("", "foo", true, "500 app.job.update_status.app_error");
    observations.transition("", "bar", true, "500 app.job.update_status.app_error");
    observations.transition("pending", "cancel_requested", false, "200 canceled");
    observations.cancel("in_progress", "200 cancel_requested");
    TransitionCoverage t = summarize(List.of(), observations).transitions();
    assertThat(t.cases()).isEqualTo(144);
    assertThat(t.exercised()).isEqualTo(2);
    assertThat(t.cells()).filteredOn(c -> c.current().isEmpty() && c.requested().equals(TransitionCoverage.INVALID)
        && c.force()).singleElement().satisfies(c -> assertThat(c.outcomes()).containsOnlyKeys(
            "500 app.job.update_status.app_error", "500 app.job.update_status.app_error (sent \"bar\")"));
    assertThat(t.cancelCases()).isEqualTo(8);
    assertThat(t.cancelExercised()).isEqualTo(1);
  }

  @Test
  void theMarkdownLeadsWithTotalsAndShowsEveryView() {
    Observations observations = new Observations();
    observations.departure("status-ok-upper-case");
    observations.transition("in_progress", "pending", false, "200 pending");
    String md = SummaryMarkdown.render(summarize(List.of(
        scenario("a", 3, ScenarioResult.Outcome.PASSED, null, "@JOBS-CANCEL-001", "@must")), observations));
    assertThat(md).startsWith("# Jobs API conformance summary")
        .contains("| **Scenarios** | 1 | 0 | 0 | | 1 |")
        .contains("| **MUST requirements** | 1 | 0 | 0 | 0 | 1 |")
        .contains("| **SHOULD requirements** | 0 | 0 | 0 | 1 | 1 |")
        .contains("## 2. Status codes by operation", "| **DownloadJob** `GET /api/v4/jobs/{job_id}/download` | 0/11 |")
        .contains("### force: false (1 of 72 (1.4%))", "| `in_progress` | 200 pending |")
        .contains("Strict mode was **off**", "| `status-ok-upper-case` |")
        .contains("### JOBS-CANCEL-002");
  }
}
