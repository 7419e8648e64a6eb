package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CreateJobContract;

/** {@link CreateJobContract} against {@link Api4} in-process. */
class CreateJobTest extends CreateJobContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
