package io.jobsconformance.conformance.report;

import io.jobsconformance.conformance.spec.SpecDepartures;
import java.util.List;

/**
 * Everything {@code conformance-summary.json} holds and {@code conformance-summary.md} shows: the run's settings,
 * scenario totals, a verdict per requirement, and the three coverage views (status codes per operation, the
 * status-change matrix, spec departures). A plain value, built once at the end of a run from the scenario results
 * and the {@link Observations}, so the Markdown and the JSON cannot disagree.
 *
 * @param generatedAt ISO-8601 instant
 * @param run the settings the run used
 * @param scenarios totals over every scenario that ran
 * @param requirements one verdict per golden-list entry, in its order
 * @param untracked scenarios that name no requirement of the golden list
 * @param statusCoverage the operation x status matrix
 * @param transitions the status-change and cancel matrix
 * @param departures the spec departures seen
 */
public record ConformanceSummary(
    String generatedAt,
    RunInfo run,
    Totals scenarios,
    List<RequirementResult> requirements,
    List<ScenarioResult> untracked,
    StatusCoverage statusCoverage,
    TransitionCoverage transitions,
    DepartureCounts departures) {

  /**
   * The settings of a run, as the summary reports them.
   *
   * @param target the base URL, or "embedded mock"
   * @param strictSpec whether spec departures fail scenarios
   * @param order lexical, reverse or random
   * @param seed the random order's seed, when given
   * @param tags the tag expression that selected scenarios, when given
   */
  public record RunInfo(String target, boolean strictSpec, String order, String seed, String tags) {}

  /** Scenario counts. */
  public record Totals(int passed, int failed, int skipped) {
    public int total() {
      return passed + failed + skipped;
    }

    static Totals of(List<ScenarioResult> results) {
      return new Totals(
          count(results, ScenarioResult.Outcome.PASSED),
          count(results, ScenarioResult.Outcome.FAILED),
          count(results, ScenarioResult.Outcome.SKIPPED));
    }

    private static int count(List<ScenarioResult> results, ScenarioResult.Outcome outcome) {
      return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
  }

  /** Builds the summary from what a run produced. */
  public static ConformanceSummary of(
      String generatedAt,
      RunInfo run,
      List<ScenarioResult> results,
      RequirementsFile requirements,
      StatusCatalog catalog,
      SpecDepartures departureList,
      Observations.Snapshot observed) {
    List<ScenarioResult> untracked = results.stream()
        .filter(r -> r.requirementIds().stream().noneMatch(id -> requirements.byId(id).isPresent()))
        .toList();
    return new ConformanceSummary(
        generatedAt,
        run,
        Totals.of(results),
        RequirementResult.of(requirements, results),
        untracked,
        StatusCoverage.of(catalog, observed),
        TransitionCoverage.of(observed),
        DepartureCounts.of(departureList, observed.departures(), run.strictSpec()));
  }
}
