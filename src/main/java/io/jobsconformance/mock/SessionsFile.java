package io.jobsconformance.mock;

import com.github.tomakehurst.wiremock.common.FileSource;
import io.jobsconformance.app.AdminException;
import io.jobsconformance.mock.admin.JsonInput;
import io.jobsconformance.mock.admin.SessionSpec;
import io.jobsconformance.model.Session;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sessions.json} in the WireMock root directory: {@code {"sessions": [{"token": ..., "roles": ...}, ...]}},
 * each entry shaped as for {@code POST /__admin/jobs/sessions}. A missing file means {@link DefaultSessions}; a file
 * that is there but wrong stops the mock with a message naming the file and the fault, rather than starting with
 * sessions the user did not ask for.
 */
public final class SessionsFile {
  public static final String NAME = "sessions.json";

  private SessionsFile() {}

  public static List<Session> read(FileSource root) {
    return bytes(root).map(content -> parse(content, root.getPath() + "/" + NAME)).orElseGet(DefaultSessions::all);
  }

  static List<Session> parse(byte[] content, String where) {
    try {
      List<JsonInput> entries =
          JsonInput.object(content, Set.of("sessions")).objectList("sessions", SessionSpec.FIELDS);
      if (entries == null) {
        throw AdminException.badRequest("missing required field \"sessions\" (an array of objects)");
      }
      List<Session> sessions = new ArrayList<>();
      for (JsonInput entry : entries) {
        sessions.add(SessionSpec.parse(entry));
      }
      return sessions;
    } catch (AdminException e) {
      throw new IllegalArgumentException(where + " is not a valid sessions file: " + e.getMessage(), e);
    }
  }

  /** The file's bytes, whether the root is a directory or the classpath copy inside the jar. */
  private static Optional<byte[]> bytes(FileSource root) {
    URI uri;
    try {
      uri = URI.create(root.getBinaryFileNamed(NAME).name());
    } catch (RuntimeException notInJar) {
      // ClasspathFileSource throws when a jar has no such entry
      return Optional.empty();
    }
    if ("file".equals(uri.getScheme()) && !Files.isRegularFile(Path.of(uri))) {
      return Optional.empty();
    }
    try (InputStream in = uri.toURL().openStream()) {
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + uri + ": " + e.getMessage(), e);
    }
  }
}
