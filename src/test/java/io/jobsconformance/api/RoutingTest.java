package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.RoutingContract;

/** {@link RoutingContract} against {@link Api4} in-process. */
class RoutingTest extends RoutingContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
