package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CompressionContract;

/** {@link CompressionContract} against {@link Api4} in-process. */
class CompressionTest extends CompressionContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
