package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CancelJobContract;

/** {@link CancelJobContract} against {@link Api4} in-process. */
class CancelJobTest extends CancelJobContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
