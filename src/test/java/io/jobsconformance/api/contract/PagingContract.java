package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Job;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paging of {@code GET /api/v4/jobs} (behaviour reference §1.4, {@code web/params.go}): {@code page} that is not a
 * number or negative is 0, {@code per_page} that is not a number or negative is 60, above 200 is 200, 0 is allowed;
 * the offset is Go's 64-bit {@code page*per_page}, overflow included.
 */
public abstract class PagingContract extends JobsContract {

  private List<Job> fiveMigrations() {
    List<Job> jobs = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      jobs.add(seed(Seed.job("migrations").createAt(i * 1000L)));
    }
    jobs.sort(Comparator.comparingLong(Job::createAt).reversed());
    return jobs;
  }

  @Test
  void perPageDefaultsTo60() {
    List<Job> jobs = new ArrayList<>();
    IntStream.rangeClosed(1, 61).forEach(i -> jobs.add(seed(Seed.job("plugins").createAt(i))));
    jobs.sort(Comparator.comparingLong(Job::createAt).reversed());

    Expect.jobs(send(get(JOBS).as(ADMIN)), jobs.subList(0, 60));
    Expect.jobs(send(get(JOBS + "?page=1").as(ADMIN)), jobs.subList(60, 61));
  }

  @Test
  void perPageAbove200IsClampedTo200() {
    IntStream.rangeClosed(1, 201).forEach(i -> seed(Seed.job("plugins").createAt(i)));

    Exchange r = send(get(JOBS + "?per_page=5000").as(ADMIN));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).hasSize(200);
    assertThat(r.json().get(0).get("create_at").asLong()).isEqualTo(201);
  }

  @Test
  void perPageZeroIsAllowedAndGivesNullUnfilteredButAnEmptyArrayWithAStatus() {
    fiveMigrations();

    Expect.nullList(send(get(JOBS + "?per_page=0").as(ADMIN)));
    Expect.jobs(send(get(JOBS + "?per_page=0&status=pending").as(ADMIN)), List.of());
  }

  static Stream<Arguments> pagingQueries() {
    return Stream.of(
        Arguments.of("page=1&per_page=2", 2, 4),
        Arguments.of("page=2&per_page=2", 4, 5),
        Arguments.of("page=-1&per_page=2", 0, 2),
        Arguments.of("page=abc&per_page=2", 0, 2),
        Arguments.of("page=1.5&per_page=2", 0, 2),
        Arguments.of("page=+1&per_page=2", 0, 2), // '+' is a space in a query: " 1" is not a number
        Arguments.of("page=%2B1&per_page=2", 2, 4), // strconv.Atoi accepts an explicit plus sign
        Arguments.of("page=9223372036854775808&per_page=2", 0, 2),
        Arguments.of("page=4611686018427387904&per_page=4", 0, 4),
        Arguments.of("per_page=-5", 0, 5),
        Arguments.of("per_page=abc", 0, 5),
        Arguments.of("per_page=3", 0, 3),
        Arguments.of("status=pending&page=-3&per_page=3", 0, 3),
        Arguments.of("status=pending&page=1&per_page=3", 3, 5),
        Arguments.of("status=pending&per_page=-1", 0, 5));
  }

  @ParameterizedTest(name = "?{0} gives jobs {1}..{2} of the newest-first list")
  @MethodSource("pagingQueries")
  protected void pagingFollowsGoParsing(String query, int from, int to) {
    List<Job> jobs = fiveMigrations();

    Expect.jobs(send(get(JOBS + "?" + query).as(ADMIN)), jobs.subList(from, to));
  }

  @ParameterizedTest(name = "?{0}")
  @ValueSource(strings = {"page=3&per_page=2", "page=1000000&per_page=2", "page=9223372036854775807&per_page=0"})
  void aPagePastTheEndIsNull(String query) {
    fiveMigrations();

    Expect.nullList(send(get(JOBS + "?" + query).as(ADMIN)));
  }

  @ParameterizedTest(name = "?{0}")
  @ValueSource(
      strings = {"page=9223372036854775807&per_page=2", "page=4611686018427387904&per_page=3",
        "status=pending&page=9223372036854775807&per_page=2"})
  void aPageTimesPerPageThatOverflowsToANegativeOffsetIsAServerError(String query) {
    fiveMigrations();

    rejects(get(JOBS + "?" + query).as(ADMIN), ApiError.JOBS_GET_FAILED);
  }
}
