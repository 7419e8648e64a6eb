package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.PagingContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PagingContract} against {@link Api4} in-process. */
class PagingTest extends PagingContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }

  /**
   * {@code url.ParseQuery} drops a pair whose escape is malformed and keeps the others. In-process only: REST Assured
   * refuses to send such a URL, so the HTTP variant cannot express it.
   */
  @ParameterizedTest(name = "?{0} gives jobs {1}..{2} of the newest-first list")
  @CsvSource({"page=%zz&per_page=2, 0, 2", "per_page=%zz, 0, 5", "job_type=%zz&per_page=2, 0, 2",
    "page=%2&per_page=2, 0, 2"})
  void aQueryPairWithABadEscapeIsIgnored(String query, int from, int to) {
    pagingFollowsGoParsing(query, from, to);
  }
}
