package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CreateJobBodyContract;

/** {@link CreateJobBodyContract} against {@link Api4} in-process. */
class CreateJobBodyTest extends CreateJobBodyContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
