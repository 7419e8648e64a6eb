package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.WorkerLifecycleContract;

/** {@link WorkerLifecycleContract} over HTTP against the WireMock mock, every response validated against the spec. */
class WorkerLifecycleAcceptanceTest extends WorkerLifecycleContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
