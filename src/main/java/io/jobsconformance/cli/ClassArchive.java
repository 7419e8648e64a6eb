package io.jobsconformance.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * An application class-data archive (JDK AppCDS) for a JVM this jar starts, kept in {@code ~/.cache/jobs-conformance}:
 * one for the relaunched mock, one for the relaunched {@code run}, one for the Allure generator that {@code run}
 * starts, each named after what it is for.
 * the first start of a jar records the classes it loaded into an archive when it exits, and later starts map that
 * archive instead of loading and verifying some five thousand classes, which cuts startup by about 0.45 s and more
 * than pays for the relaunch. The archive is named after the JVM and the jar's size and time, so a rebuilt jar or
 * another JDK never uses a stale one (and the JVM itself ignores a mismatched archive, silently with these options).
 */
final class ClassArchive {
  /** The JVM reports archive problems as warnings on standard output, which must hold only the listening line. */
  private static final String QUIET = "-Xlog:cds*=off";

  private final Path dir;
  private final String name;
  private final Path archive;
  private final Path pending;

  private ClassArchive(Path dir, String name, String key) {
    this.dir = dir;
    this.name = name;
    this.archive = dir.resolve(key + ".jsa");
    this.pending = dir.resolve(key + "." + ProcessHandle.current().pid() + ".pending");
  }

  /** The mock's archive for {@code jar}, or empty when there is no writable cache directory. */
  static Optional<ClassArchive> forJar(Path jar) {
    return forJar(jar, "mock");
  }

  /** The archive called {@code name} (mock, run, allure) for {@code jar}, in the user's cache directory. */
  static Optional<ClassArchive> forJar(Path jar, String name) {
    return forJar(jar, name, Path.of(System.getProperty("user.home"), ".cache", "jobs-conformance", "cds"));
  }

  static Optional<ClassArchive> forJar(Path jar, Path dir) {
    return forJar(jar, "mock", dir);
  }

  static Optional<ClassArchive> forJar(Path jar, String name, Path dir) {
    try {
      Files.createDirectories(dir);
      if (!Files.isWritable(dir)) {
        return Optional.empty();
      }
      String key =
          name + "-" + Integer.toHexString(System.getProperty("java.vm.version").hashCode())
              + "-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
      return Optional.of(new ClassArchive(dir, name, key));
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /** Use the archive when there is one, else record one when the JVM exits. */
  List<String> jvmOptions() {
    return Files.isRegularFile(archive)
        ? List.of("-XX:SharedArchiveFile=" + archive, QUIET)
        : List.of("-XX:ArchiveClassesAtExit=" + pending, QUIET);
  }

  /** After a JVM that stopped early: forgets what it recorded. */
  void discardRecorded() {
    try {
      Files.deleteIfExists(pending);
    } catch (IOException | SecurityException e) {
      // nothing to tidy then
    }
  }

  /** After the JVM has exited: puts a freshly recorded archive in place and drops those of older jars. */
  void adoptRecorded() {
    try {
      if (Files.isRegularFile(pending) && Files.size(pending) > 0) {
        Files.move(pending, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.deleteIfExists(pending);
      try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, name + "-*.jsa")) {
        for (Path other : old) {
          if (!other.equals(archive)) {
            Files.deleteIfExists(other);
          }
        }
      }
    } catch (IOException | SecurityException e) {
      // A cache that cannot be written only costs the next start its head start.
    }
  }
}
