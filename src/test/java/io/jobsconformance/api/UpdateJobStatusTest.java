package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.UpdateJobStatusContract;

/** {@link UpdateJobStatusContract} against {@link Api4} in-process. */
class UpdateJobStatusTest extends UpdateJobStatusContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
