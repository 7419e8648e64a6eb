package io.jobsconformance.conformance.steps;

import io.jobsconformance.conformance.client.Caller;
import io.jobsconformance.conformance.client.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The seven operations of the Jobs API, by the words features use after "asks to", for rules that hold on every
 * operation alike (authentication, the URI length limit, the response headers). Each is sent in a form a real server
 * may receive safely: operations on a job act on the scenario's job (usually an unknown id), a creation asks for the
 * target's job type and is recorded for clean-up if a server accepts it, and a status change asks for
 * cancel_requested, which a pending job allows.
 */
enum Operation {
  LIST_ALL_JOBS("list all jobs", false),
  LIST_THE_JOBS_OF_A_TYPE("list the jobs of a type", false),
  GET_THE_JOB("get the job", true),
  CREATE_A_JOB("create a job", false),
  CANCEL_THE_JOB("cancel the job", true),
  CHANGE_THE_JOBS_STATUS("change the job's status", true),
  DOWNLOAD_THE_JOBS_RESULTS("download the job's results", true);

  /** The regular expression of the {@code {operation}} parameter type: the phrases above, as a constant. */
  static final String PHRASES =
      "list all jobs|list the jobs of a type|get the job|create a job|cancel the job|change the job's status"
          + "|download the job's results";

  /** Longer than {@code ServiceSettings.MaximumURLLength} (2048) alone; letters only, so every route still matches. */
  private static final String OVERLONG = "a".repeat(2100);

  private final String phrase;
  private final boolean onAJob;

  Operation(String phrase, boolean onAJob) {
    this.phrase = phrase;
    this.onAJob = onAJob;
  }

  static Operation fromPhrase(String phrase) {
    return Arrays.stream(values()).filter(o -> o.phrase.equals(phrase)).findFirst().orElseThrow();
  }

  /**
   * Sends the operation as {@code caller} and remembers the answer. With {@code overlong} the request URI passes 2048
   * characters: a job id or job type that long, or a query parameter the server ignores.
   */
  Exchange send(ScenarioContext context, Caller caller, boolean overlong) {
    if (onAJob && !overlong) {
      return context.actOnJob(id -> call(context, caller, id, false));
    }
    return context.remember(call(context, caller, overlong ? OVERLONG : null, overlong));
  }

  private Exchange call(ScenarioContext context, Caller caller, String jobId, boolean overlong) {
    Map<String, String> padding = overlong ? Map.of("padding", OVERLONG) : Map.of();
    String type = context.target().jobType();
    return switch (this) {
      case LIST_ALL_JOBS -> context.api().getJobs(caller, padding);
      case LIST_THE_JOBS_OF_A_TYPE -> context.api().getJobsByType(caller, overlong ? OVERLONG : type, Map.of());
      case GET_THE_JOB -> context.api().getJob(caller, jobId);
      case CREATE_A_JOB ->
          created(context, context.api().createJob(caller, json("{\"type\":\"" + type + "\"}"), padding));
      case CANCEL_THE_JOB -> context.api().cancelJob(caller, jobId);
      case CHANGE_THE_JOBS_STATUS ->
          context.api().updateJobStatus(caller, jobId, json("{\"status\":\"cancel_requested\"}"));
      case DOWNLOAD_THE_JOBS_RESULTS -> context.api().downloadJob(caller, jobId, Map.of());
    };
  }

  private static Exchange created(ScenarioContext context, Exchange answer) {
    if (answer.status() == 201) {
      context.created(answer.json().path("id").asText());
    }
    return answer;
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
