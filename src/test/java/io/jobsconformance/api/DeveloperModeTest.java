package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.DeveloperModeContract;

/** {@link DeveloperModeContract} against {@link Api4} in-process. */
class DeveloperModeTest extends DeveloperModeContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
