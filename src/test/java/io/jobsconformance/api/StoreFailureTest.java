package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.StoreFailureContract;

/** {@link StoreFailureContract} against {@link Api4} in-process. */
class StoreFailureTest extends StoreFailureContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
