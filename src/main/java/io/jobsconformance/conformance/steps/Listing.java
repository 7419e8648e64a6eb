package io.jobsconformance.conformance.steps;

import io.jobsconformance.conformance.client.Caller;
import io.jobsconformance.conformance.client.Exchange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which list a step asks for, as the feature files say it: {@code all jobs}, {@code the jobs filtered to type X}
 * (and/or {@code status Y}) of {@code GET /jobs}, or {@code the jobs of type X} of {@code GET /jobs/type/X}. "The
 * configured type" is the one type a real-server run creates ({@code MM_JOB_TYPE}).
 */
record Listing(boolean byTypeEndpoint, String type, boolean configuredType, String status) {
  /** The phrases, without capturing groups so Cucumber hands over the whole phrase. */
  static final String PHRASES =
      "all jobs"
          + "|the jobs filtered to (?:type [a-z_]+|the configured type)(?: and status [a-z_]+)?"
          + "|the jobs filtered to status [a-z_]+"
          + "|the jobs of (?:type [a-z_]+|the configured type)";

  private static final Pattern PARTS =
      Pattern.compile(
          "the jobs (filtered to|of) (?:type ([a-z_]+)|(the configured type)|status ([a-z_]+))"
              + "(?: and status ([a-z_]+))?");

  static Listing parse(String phrase) {
    if (phrase.equals("all jobs")) {
      return new Listing(false, null, false, null);
    }
    Matcher m = PARTS.matcher(phrase);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a listing: " + phrase);
    }
    String status = m.group(4) != null ? m.group(4) : m.group(5);
    return new Listing(m.group(1).equals("of"), m.group(2), m.group(3) != null, status);
  }

  static Listing filtered(String type, boolean configuredType, String status) {
    return new Listing(false, type, configuredType, status);
  }

  static Listing ofType(String type, boolean configuredType) {
    return new Listing(true, type, configuredType, null);
  }

  /** Sends the request; {@code paging} holds {@code page} and {@code per_page} as given (absent when not given). */
  Exchange fetch(ScenarioContext context, Caller caller, Map<String, String> paging) {
    String jobType = configuredType ? context.target().jobType() : type;
    Map<String, String> query = new LinkedHashMap<>(paging);
    if (byTypeEndpoint) {
      return context.api().getJobsByType(caller, jobType, query);
    }
    if (jobType != null) {
      query.put("job_type", jobType);
    }
    if (status != null) {
      query.put("status", status);
    }
    return context.api().getJobs(caller, query);
  }
}
