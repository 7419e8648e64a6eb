package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.app.ServerAdmin;
import io.jobsconformance.app.Settings;
import io.jobsconformance.mock.namespace.Namespaces;
import java.util.Set;

/**
 * {@code PUT /__admin/jobs/settings}: changes only the settings the body names ({@code download_export_results},
 * {@code enable_developer}, {@code store_failure}, {@code record_history}) and answers with all of them. Switching
 * {@code record_history} off forgets the recorded history.
 */
final class UpdateSettingsTask extends JobsAdminTask {
  private static final Set<String> FIELDS =
      Set.of("download_export_results", "enable_developer", "store_failure", "record_history");

  UpdateSettingsTask(Namespaces namespaces) {
    super(namespaces);
  }

  @Override
  ResponseDefinition handle(Request request, PathParams pathParams) {
    JsonInput body = JsonInput.object(request.getBody(), FIELDS);
    Boolean download = body.bool("download_export_results");
    Boolean developer = body.bool("enable_developer");
    Boolean storeFailure = body.bool("store_failure");
    Boolean recordHistory = body.bool("record_history");
    ServerAdmin admin = namespace(request).server().admin();
    Settings updated = admin.settings();
    updated = download == null ? updated : updated.withDownloadExportResults(download);
    updated = developer == null ? updated : updated.withEnableDeveloper(developer);
    updated = storeFailure == null ? updated : updated.withStoreFailure(storeFailure);
    updated = recordHistory == null ? updated : updated.withRecordHistory(recordHistory);
    return AdminReplies.settings(admin.updateSettings(updated));
  }
}
