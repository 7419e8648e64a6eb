package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.GetJobContract;

/** {@link GetJobContract} against {@link Api4} in-process. */
class GetJobTest extends GetJobContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
