package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CompressionContract;

/** {@link CompressionContract} against {@link JobsApi} in-process. */
class CompressionTest extends CompressionContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
