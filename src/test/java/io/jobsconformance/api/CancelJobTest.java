package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CancelJobContract;

/** {@link CancelJobContract} against {@link JobsApi} in-process. */
class CancelJobTest extends CancelJobContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
