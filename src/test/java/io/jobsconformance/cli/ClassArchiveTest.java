package io.jobsconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
  @TempDir Path dir;

  @Test
  void aJarWithoutAnArchiveRecordsOneAndTheNextStartUsesIt() throws Exception {
    Path jar = Files.writeString(dir.resolve("app.jar"), "jar bytes");
    Path cache = dir.resolve("cache");
    ClassArchive first = ClassArchive.forJar(jar, cache).orElseThrow();
    String record = first.jvmOptions().get(0);
    assertThat(record).startsWith("-XX:ArchiveClassesAtExit=");
    assertThat(first.jvmOptions()).contains("-Xlog:cds*=off");

    Files.writeString(Path.of(record.substring(record.indexOf('=') + 1)), "archive");
    first.adoptRecorded();

    String use = ClassArchive.forJar(jar, cache).orElseThrow().jvmOptions().get(0);
    assertThat(use).startsWith("-XX:SharedArchiveFile=");
    assertThat(Files.readString(Path.of(use.substring(use.indexOf('=') + 1)))).isEqualTo("archive");
  }

  @Test
  void aRebuiltJarGetsItsOwnArchiveAndTheOldOneIsDropped() throws Exception {
    Path jar = Files.writeString(dir.resolve("app.jar"), "version one");
    Path cache = dir.resolve("cache");
    record(ClassArchive.forJar(jar, cache).orElseThrow());
    Files.writeString(jar, "version two, longer");

    ClassArchive rebuilt = ClassArchive.forJar(jar, cache).orElseThrow();
    assertThat(rebuilt.jvmOptions().get(0)).startsWith("-XX:ArchiveClassesAtExit=");
    record(rebuilt);

    try (var archives = Files.list(cache)) {
      assertThat(archives.filter(p -> p.toString().endsWith(".jsa"))).hasSize(1);
    }
  }

  @Test
  void whatAnEarlyExitRecordedIsDiscarded() throws Exception {
    Path jar = Files.writeString(dir.resolve("app.jar"), "jar bytes");
    Path cache = dir.resolve("cache");
    ClassArchive archive = ClassArchive.forJar(jar, cache).orElseThrow();
    String record = archive.jvmOptions().get(0);
    Files.writeString(Path.of(record.substring(record.indexOf('=') + 1)), "partial");

    archive.discardRecorded();

    assertThat(ClassArchive.forJar(jar, cache).orElseThrow().jvmOptions().get(0))
        .startsWith("-XX:ArchiveClassesAtExit=");
  }

  private static void record(ClassArchive archive) throws Exception {
    String record = archive.jvmOptions().get(0);
    Files.writeString(Path.of(record.substring(record.indexOf('=') + 1)), "archive");
    archive.adoptRecorded();
  }
}
