package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.WorkerLifecycleContract;

/** {@link WorkerLifecycleContract} against {@link Api4} in-process. */
class WorkerLifecycleTest extends WorkerLifecycleContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
