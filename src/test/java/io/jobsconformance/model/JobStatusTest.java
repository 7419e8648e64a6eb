package io.jobsconformance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code Job.IsValidStatusChange} (reference §3.1) over the whole matrix: every current status, the empty string and an
 * unknown one, against every status, the empty string and a made-up one. Exactly four pairs are allowed.
 */
class JobStatusTest {
  private static final List<String> STATUSES =
      List.of("pending", "in_progress", "success", "error", "cancel_requested", "canceled", "warning");

  private static final Set<List<String>> ALLOWED =
      Set.of(
          List.of("in_progress", "pending"),
          List.of("in_progress", "cancel_requested"),
          List.of("pending", "cancel_requested"),
          List.of("cancel_requested", "canceled"));

  static Stream<Arguments> everyCurrentAgainstEveryRequestedStatus() {
    List<String> current = new ArrayList<>(STATUSES);
    current.add("");
    current.add("unknown");
    List<String> requested = new ArrayList<>(STATUSES);
    requested.add("");
    requested.add("foo");
    List<Arguments> rows = new ArrayList<>();
    for (String from : current) {
      for (String to : requested) {
        rows.add(Arguments.of(from, to, ALLOWED.contains(List.of(from, to))));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\" allowed: {2}")
  @MethodSource("everyCurrentAgainstEveryRequestedStatus")
  void onlyTheFourUpstreamPairsAreValidStatusChanges(String current, String requested, boolean allowed) {
    assertThat(JobStatus.isValidStatusChange(current, requested)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\" allowed: {2}")
  @MethodSource("everyCurrentAgainstEveryRequestedStatus")
  void aJobAnswersTheSameAsTheStatusTable(String current, String requested, boolean allowed) {
    Job job = new Job("id", "data_retention", 0, 1, 0, 0, current, 0, null);
    assertThat(job.isValidStatusChange(requested)).isEqualTo(allowed);
  }

  @Test
  void theMatrixHasEightyOneRowsOfWhichExactlyFourAreAllowed() {
    List<Arguments> rows = everyCurrentAgainstEveryRequestedStatus().toList();
    assertThat(rows).hasSize(81);
    assertThat(rows.stream().filter(r -> (boolean) r.get()[2]).count()).isEqualTo(4);
  }

  @Test
  void theSevenStatusConstantsHaveTheUpstreamValues() {
    assertThat(List.of(
            JobStatus.PENDING,
            JobStatus.IN_PROGRESS,
            JobStatus.SUCCESS,
            JobStatus.ERROR,
            JobStatus.CANCEL_REQUESTED,
            JobStatus.CANCELED,
            JobStatus.WARNING))
        .containsExactlyElementsOf(STATUSES);
    assertThat(JobStatus.ALL).containsExactlyInAnyOrderElementsOf(STATUSES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pending", "in_progress", "success", "error", "cancel_requested", "canceled", "warning"})
  void eachOfTheSevenStatusesIsAValidJobStatus(String status) {
    assertThat(JobStatus.isValidJobStatus(status)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "foo", "Pending", "PENDING", "in-progress", "cancelled", " pending"})
  void anythingElseIsNotAValidJobStatus(String status) {
    assertThat(JobStatus.isValidJobStatus(status)).isFalse();
  }
}
