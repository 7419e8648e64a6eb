package io.jobsconformance.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.store.ExportFileStore.StoredFile;
import org.junit.jupiter.api.Test;

/** The in-memory export file backend: files by relative path, directories implied by the files under them. */
class InMemoryExportFileStoreTest {
  private final InMemoryExportFileStore files = new InMemoryExportFileStore();

  @Test
  void aStoredFileIsReadBackByItsPath() {
    files.put("export/abc.zip", "zip".getBytes(UTF_8));

    StoredFile file = files.file("export/abc.zip").orElseThrow();

    assertThat(file.path()).isEqualTo("export/abc.zip");
    assertThat(file.content()).isEqualTo("zip".getBytes(UTF_8));
    assertThat(file.readable()).isTrue();
    assertThat(files.count()).isEqualTo(1);
  }

  @Test
  void aMissingFileIsEmpty() {
    files.put("export/abc.zip", new byte[] {1});

    assertThat(files.file("export/other.zip")).isEmpty();
    assertThat(files.file("export")).isEmpty();
  }

  @Test
  void changingTheCallersBytesAfterPuttingDoesNotChangeTheStoredFile() {
    byte[] content = {1, 2, 3};
    files.put("f", content);

    content[0] = 9;

    assertThat(files.file("f").orElseThrow().content()).containsExactly(1, 2, 3);
  }

  @Test
  void changingTheBytesHandedOutDoesNotChangeTheStoredFile() {
    files.put("f", new byte[] {1, 2, 3});

    files.file("f").orElseThrow().content()[0] = 9;

    assertThat(files.file("f").orElseThrow().content()).containsExactly(1, 2, 3);
  }

  @Test
  void putReplacesAFileAtTheSamePath() {
    files.put("f", new byte[] {1});
    files.put("f", new byte[] {2});

    assertThat(files.file("f").orElseThrow().content()).containsExactly(2);
    assertThat(files.count()).isEqualTo(1);
  }

  @Test
  void anUnreadableFileIsStoredAsUnreadable() {
    files.putUnreadable("export/d/broken.csv");

    assertThat(files.file("export/d/broken.csv").orElseThrow().readable()).isFalse();
    assertThat(files.isDirectory("export/d")).isTrue();
  }

  @Test
  void aDirectoryExistsWhenAFileLiesUnderItAtASegmentBoundary() {
    files.put("export/dir/sub/file.csv", new byte[0]);

    assertThat(files.isDirectory("export")).isTrue();
    assertThat(files.isDirectory("export/dir")).isTrue();
    assertThat(files.isDirectory("export/dir/")).isTrue();
    assertThat(files.isDirectory("export/dir/sub")).isTrue();
    assertThat(files.isDirectory("export/di")).isFalse();
    assertThat(files.isDirectory("export/dir/sub/file.csv")).isFalse();
    assertThat(files.isDirectory("other")).isFalse();
  }

  @Test
  void dotIsTheRootWhichExistsOnceAnyFileDoes() {
    assertThat(files.isDirectory(".")).isFalse();

    files.put("a", new byte[0]);

    assertThat(files.isDirectory(".")).isTrue();
    assertThat(files.listRecursively(".")).extracting(StoredFile::path).containsExactly("a");
  }

  @Test
  void listingADirectoryGivesEveryFileUnderItSortedByPathAndNothingBeside() {
    files.put("export/d/b.txt", new byte[0]);
    files.put("export/d/a/x", new byte[0]);
    files.put("export/d/a.txt", new byte[0]);
    files.put("export/dd/other", new byte[0]);
    files.put("export/d.txt", new byte[0]);

    assertThat(files.listRecursively("export/d"))
        .extracting(StoredFile::path)
        .containsExactly("export/d/a.txt", "export/d/a/x", "export/d/b.txt");
    assertThat(files.listRecursively("missing")).isEmpty();
  }

  @Test
  void clearRemovesEveryFile() {
    files.put("a", new byte[0]);
    files.putUnreadable("b");

    files.clear();

    assertThat(files.count()).isZero();
    assertThat(files.file("a")).isEmpty();
    assertThat(files.isDirectory(".")).isFalse();
  }
}
