package io.jobsconformance.mock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.app.AdminException;
import io.jobsconformance.mock.namespace.Namespaces;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code PUT /__admin/jobs/exports/<path>}: stores the request body as that file of the export store, so a test can
 * put {@code export/<id>.zip} or the files under a job's {@code export_dir} in place. With {@code ?unreadable=true}
 * the file exists but every read fails, to reproduce a file backend that breaks while a download is served.
 */
final class PutExportFileTask extends JobsAdminTask {

  PutExportFileTask(Namespaces namespaces) {
    super(namespaces);
  }

  @Override
  ResponseDefinition handle(Request request, PathParams pathParams) {
    String path = ExportPath.of(pathParams.get("0"));
    boolean unreadable = unreadable(request.queryParameter("unreadable"));
    byte[] content = request.getBody() == null ? new byte[0] : request.getBody();
    namespace(request).server().admin().putExportFile(path, content, unreadable);
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("path", path);
    stored.put("size", unreadable ? 0 : content.length);
    stored.put("unreadable", unreadable);
    return AdminReplies.object(200, stored);
  }

  private static boolean unreadable(QueryParameter parameter) {
    if (!parameter.isPresent()) {
      return false;
    }
    String value = parameter.firstValue();
    if (!value.equals("true") && !value.equals("false")) {
      throw AdminException.badRequest("query parameter \"unreadable\" must be true or false, got '" + value + "'");
    }
    return value.equals("true");
  }
}
