package io.jobsconformance.conformance.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one scenario (one Examples row of an outline) ended, with its tags: the unit the summary attributes to
 * requirements. Cucumber's finer statuses fold into three, because a conformance verdict knows only those: undefined,
 * pending and ambiguous steps are failures (the suite itself is broken), an aborted scenario (a {@code @mock-only}
 * scenario on a real server, a missing token) is skipped with its reason.
 *
 * @param name the scenario's name
 * @param location {@code features/x.feature:12}
 * @param outcome passed, failed or skipped
 * @param tags every tag, inherited ones included
 * @param reason why it failed or was skipped (first line of the error), or null
 */
public record ScenarioResult(String name, String location, Outcome outcome, List<String> tags, String reason) {
  private static final Pattern REQUIREMENT_TAG = Pattern.compile("@(" + RequirementsFile.ID.pattern() + ")");

  public ScenarioResult {
    tags = List.copyOf(tags);
  }

  /** The three verdicts of a scenario. */
  public enum Outcome {
    PASSED,
    FAILED,
    SKIPPED;

    /** Lower case, for reports. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The requirement ids the scenario's tags name ({@code @JOBS-CANCEL-002} gives {@code JOBS-CANCEL-002}). */
  public List<String> requirementIds() {
    return tags.stream()
        .map(REQUIREMENT_TAG::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(1))
        .distinct()
        .toList();
  }
}
