package io.jobsconformance.mock;

import com.github.tomakehurst.wiremock.common.ClasspathFileSource;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The WireMock root directory the mock serves: the one given, or {@code mocks/} in the working directory when it
 * exists, or else the {@code mocks/} copy packaged in the jar, so the jar also works from any directory. A root of
 * the form {@code classpath:mocks} always means the packaged copy (the conformance suite's own mock uses it, so that
 * a user's edits to {@code mocks/sessions.json} cannot change what the suite checks).
 */
final class MockRoot {
  static final String DEFAULT_DIR = "mocks";
  static final String CLASSPATH_PREFIX = "classpath:";

  private MockRoot() {}

  static FileSource resolve(String rootDir) {
    if (rootDir != null && rootDir.startsWith(CLASSPATH_PREFIX)) {
      return new ClasspathFileSource(rootDir.substring(CLASSPATH_PREFIX.length()));
    }
    if (rootDir != null) {
      if (!Files.isDirectory(Path.of(rootDir))) {
        throw new IllegalArgumentException("the root directory '" + rootDir + "' does not exist or is not a directory");
      }
      return new SingleRootFileSource(rootDir);
    }
    if (Files.isDirectory(Path.of(DEFAULT_DIR))) {
      return new SingleRootFileSource(DEFAULT_DIR);
    }
    return new ClasspathFileSource(DEFAULT_DIR);
  }
}
