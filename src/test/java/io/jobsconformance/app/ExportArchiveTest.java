package io.jobsconformance.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobsconformance.store.ExportFileStore;
import io.jobsconformance.store.InMemoryExportFileStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code App.FileReader} / {@code App.ExportZipReader} (reference §1.6 rows 6a-6d): a single file is zipped under its
 * base name; a directory is zipped without deflate, entries relative to it in {@code fs.WalkDir} order with
 * {@code name/} entries for sub-directories.
 */
class ExportArchiveTest {
  private final ExportFileStore files = new InMemoryExportFileStore();
  private final ExportArchive archive = new ExportArchive(files);

  @Test
  void aSingleFileIsZippedUnderItsBaseName() throws IOException {
    files.put("export/dir/report.csv", bytes("a,b\n1,2\n"));

    Map<String, String> entries = unzip(archive.zip("export/dir/report.csv").orElseThrow());

    assertThat(entries).containsExactly(Map.entry("report.csv", "a,b\n1,2\n"));
  }

  @Test
  void aFileAtTheTopLevelIsZippedUnderItsOwnName() throws IOException {
    files.put("notes.txt", bytes("hi"));

    assertThat(unzip(archive.zip("notes.txt").orElseThrow())).containsExactly(Map.entry("notes.txt", "hi"));
  }

  @Test
  void aDirectoryIsZippedWithEntriesRelativeToItInWalkDirOrder() throws IOException {
    files.put("export/d/z", bytes("last"));
    files.put("export/d/a.txt", bytes("a-txt"));
    files.put("export/d/b/c/y", bytes("deep"));
    files.put("export/d/a/x", bytes("in-a"));
    files.put("export/dd/other", bytes("sibling"));
    files.put("export/d.txt", bytes("beside"));

    Map<String, String> entries = unzip(archive.zip("export/d").orElseThrow());

    assertThat(entries.keySet()).containsExactly("a/", "a/x", "a.txt", "b/", "b/c/", "b/c/y", "z");
    assertThat(entries)
        .containsEntry("a/", "")
        .containsEntry("a/x", "in-a")
        .containsEntry("a.txt", "a-txt")
        .containsEntry("b/c/y", "deep")
        .containsEntry("z", "last");
  }

  @Test
  void everyEntryIsStoredWithoutDeflateAndDirectoriesAreDirectoryEntries() throws IOException {
    files.put("export/d/a/x", bytes("x".repeat(82)));
    files.put("export/d/b.txt", bytes("b"));

    List<ZipEntry> entries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.zip("export/d").orElseThrow()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.add(entry);
      }
    }

    assertThat(entries).extracting(ZipEntry::getName).containsExactly("a/", "a/x", "b.txt");
    assertThat(entries).extracting(ZipEntry::getMethod).containsOnly(ZipEntry.STORED);
    assertThat(entries).extracting(ZipEntry::isDirectory).containsExactly(true, false, false);
    assertThat(entries.get(1).getSize()).isEqualTo(82);
    assertThat(entries.get(1).getCompressedSize()).isEqualTo(82);
  }

  @Test
  void binaryContentRoundTripsThroughTheZip() throws IOException {
    byte[] content = new byte[4096];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    files.put("export/bin/data.bin", content);

    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.zip("export/bin").orElseThrow()))) {
      assertThat(zip.getNextEntry().getName()).isEqualTo("data.bin");
      assertThat(zip.readAllBytes()).isEqualTo(content);
      assertThat(zip.getNextEntry()).isNull();
    }
  }

  @Test
  void aMissingPathGivesNoZip() {
    files.put("export/dd/other", bytes("x"));

    assertThat(archive.zip("export/d")).isEmpty();
    assertThat(archive.zip("nothing/here")).isEmpty();
    assertThat(archive.readFile("export/d")).isEmpty();
  }

  @Test
  void dotIsTheRootOfTheExportStore() throws IOException {
    files.put("export/a.txt", bytes("1"));
    files.put("top", bytes("2"));

    Map<String, String> entries = unzip(archive.zip(".").orElseThrow());

    assertThat(entries.keySet()).containsExactly("export/", "export/a.txt", "top");
  }

  @Test
  void readFileReturnsTheBytesOfOneFile() {
    files.put("export/abc.zip", bytes("legacy"));

    assertThat(archive.readFile("export/abc.zip")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("legacy")));
  }

  @Test
  void anUnreadableFileInADirectoryIsAReadFailure() {
    files.put("export/d/ok.csv", bytes("ok"));
    files.putUnreadable("export/d/broken.csv");

    assertThatThrownBy(() -> archive.zip("export/d"))
        .isInstanceOf(ExportArchive.ReadFailure.class)
        .hasMessageContaining("export/d/broken.csv");
  }

  @Test
  void anUnreadableSingleFileIsAReadFailureWhetherZippedOrRead() {
    files.putUnreadable("export/abc.zip");

    assertThatThrownBy(() -> archive.zip("export/abc.zip")).isInstanceOf(ExportArchive.ReadFailure.class);
    assertThatThrownBy(() -> archive.readFile("export/abc.zip")).isInstanceOf(ExportArchive.ReadFailure.class);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  /** Entry name to content, in zip order. */
  static Map<String, String> unzip(byte[] zipBytes) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.put(entry.getName(), new String(zip.readAllBytes(), UTF_8));
      }
    }
    return entries;
  }
}
