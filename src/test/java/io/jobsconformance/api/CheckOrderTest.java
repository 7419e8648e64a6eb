package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CheckOrderContract;

/** {@link CheckOrderContract} against {@link Api4} in-process. */
class CheckOrderTest extends CheckOrderContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
