package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CompressionContract;

/** {@link CompressionContract} over HTTP against the WireMock mock, every response validated against the spec. */
class CompressionAcceptanceTest extends CompressionContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
