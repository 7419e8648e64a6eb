package io.jobsconformance.conformance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdict on one requirement of the golden list, from the scenarios tagged with its id: failed when any of them
 * failed, passed when none failed and at least one passed, skipped when every one was skipped (with the reasons),
 * and "not run" when no scenario of this run carried the id (a tag filter left them out, or none exists yet).
 * A requirement is only as good as its worst scenario, so one failure outweighs any number of passes.
 *
 * @param requirement the entry of the golden list
 * @param result passed, failed, skipped or not run
 * @param passed scenarios that passed
 * @param failed scenarios that failed
 * @param skipped scenarios that were skipped
 * @param skipReasons the distinct reasons given for skips
 * @param scenarios every scenario of the run that covers it
 */
public record RequirementResult(
    Requirement requirement,
    String result,
    int passed,
    int failed,
    int skipped,
    List<String> skipReasons,
    List<ScenarioResult> scenarios) {
  public static final String PASSED = "passed";
  public static final String FAILED = "failed";
  public static final String SKIPPED = "skipped";
  public static final String NOT_RUN = "not run";

  /** One result per requirement, in the golden list's order. */
  public static List<RequirementResult> of(RequirementsFile requirements, List<ScenarioResult> scenarios) {
    Map<String, List<ScenarioResult>> byId = new LinkedHashMap<>();
    for (ScenarioResult s : scenarios) {
      s.requirementIds().forEach(id -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(s));
    }
    return requirements.all().stream()
        .map(r -> of(r, byId.getOrDefault(r.id(), List.of())))
        .toList();
  }

  static RequirementResult of(Requirement requirement, List<ScenarioResult> covering) {
    int passed = count(covering, ScenarioResult.Outcome.PASSED);
    int failed = count(covering, ScenarioResult.Outcome.FAILED);
    int skipped = count(covering, ScenarioResult.Outcome.SKIPPED);
    Set<String> reasons = new LinkedHashSet<>();
    covering.stream()
        .filter(s -> s.outcome() == ScenarioResult.Outcome.SKIPPED)
        .forEach(s -> reasons.add(s.reason() == null ? "(no reason given)" : s.reason()));
    String result = failed > 0 ? FAILED : passed > 0 ? PASSED : skipped > 0 ? SKIPPED : NOT_RUN;
    return new RequirementResult(
        requirement, result, passed, failed, skipped, List.copyOf(reasons), List.copyOf(covering));
  }

  private static int count(List<ScenarioResult> scenarios, ScenarioResult.Outcome outcome) {
    return (int) scenarios.stream().filter(s -> s.outcome() == outcome).count();
  }
}
