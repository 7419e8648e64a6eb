package io.jobsconformance.conformance.spec;

import java.util.List;

/**
 * One place where the real Mattermost server, and so the mock, departs from the published Jobs API spec. The spec in
 * {@code openapi/jobs-api.yaml} is kept uncorrected, so that a report can say exactly which published promises the
 * server breaks; each departure carries the upstream place that explains it and the validator messages it excuses.
 * A departure that no response validator can observe (a permission text, a default value) has no rules and is listed
 * so that the list stays complete.
 *
 * @param name stable kebab-case id, used in reports and tests
 * @param title one line for humans
 * @param reason why the server behaves so, citing the upstream place
 * @param reference where the behaviour reference describes it
 * @param observable whether a response validator can see it at all
 * @param match the validator messages it excuses; empty when not observable
 */
public record Departure(
    String name, String title, String reason, String reference, Boolean observable, List<MatchRule> match) {

  public Departure {
    match = match == null ? null : List.copyOf(match);
  }

  /** Whether any of this departure's rules excuses the given validator message. */
  public boolean excuses(String operationId, int status, String key, String message) {
    return match.stream().anyMatch(rule -> rule.matches(operationId, status, key, message));
  }
}
