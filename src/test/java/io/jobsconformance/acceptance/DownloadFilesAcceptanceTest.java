package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.DownloadFilesContract;

/** {@link DownloadFilesContract} over HTTP against the WireMock mock, every response validated against the spec. */
class DownloadFilesAcceptanceTest extends DownloadFilesContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
