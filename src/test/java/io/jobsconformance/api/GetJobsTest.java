package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.GetJobsContract;

/** {@link GetJobsContract} against {@link Api4} in-process. */
class GetJobsTest extends GetJobsContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
