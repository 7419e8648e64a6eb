package io.jobsconformance.mock.admin;

import io.jobsconformance.app.AdminException;

/**
 * A path in the mock's export store, as the job's {@code export_dir} or the legacy {@code export/<id>.zip} names it:
 * relative, slash-separated, no empty, {@code .} or {@code ..} segment. The real file backend is rooted at the data
 * directory, so a path that climbs out of it could never be stored there either.
 */
final class ExportPath {
  private ExportPath() {}

  static String of(String rawPath) {
    String path = PathSegments.decode(rawPath);
    if (path.isEmpty()) {
      throw AdminException.badRequest("the export file path is empty; use PUT /__admin/jobs/exports/<path>");
    }
    if (path.startsWith("/")) {
      throw AdminException.badRequest(
          "the export file path '" + path + "' is absolute; give a path relative to the export store,"
              + " e.g. export/x.zip");
    }
    if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
      throw AdminException.badRequest(
          "the export file path '" + path + "' contains a backslash or NUL; separate segments with '/'");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw AdminException.badRequest(
            "the export file path '" + path + "' has an empty, '.' or '..' segment; give a plain relative path");
      }
    }
    return path;
  }
}
