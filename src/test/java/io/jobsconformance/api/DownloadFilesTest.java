package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.DownloadFilesContract;

/** {@link DownloadFilesContract} against {@link Api4} in-process. */
class DownloadFilesTest extends DownloadFilesContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
