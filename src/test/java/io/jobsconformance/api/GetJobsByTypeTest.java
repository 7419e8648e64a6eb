package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.GetJobsByTypeContract;

/** {@link GetJobsByTypeContract} against {@link Api4} in-process. */
class GetJobsByTypeTest extends GetJobsByTypeContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
