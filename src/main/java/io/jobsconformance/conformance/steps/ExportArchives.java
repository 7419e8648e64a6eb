package io.jobsconformance.conformance.steps;

import io.jobsconformance.conformance.client.MockControl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The export files one download scenario puts in the mock's export store, and what it expects back: a real zip as the
 * legacy {@code export/<job id>.zip}, or a few files (one in a sub-directory) under an {@code export_dir}, which the
 * server must zip on the fly. Also opens a downloaded zip, so a scenario compares entries rather than bytes. One per
 * scenario, shared by {@link ExportSteps} and {@link DownloadSteps} through PicoContainer.
 */
public final class ExportArchives {
  /** The finished jobs' last activity, which a legacy export file is served as last modified at. */
  static final long LAST_ACTIVITY_AT = 1_700_000_000_000L;

  private static final Map<String, String> DIRECTORY_FILES =
      Map.of(
          "messages.csv", "channel,user,message\ntown-square,alice,hello\n",
          "attachments/notes.txt", "exported attachment\n",
          "manifest.json", "{\"export\":\"compliance\"}\n");

  private byte[] legacyFile;

  /** Stores a real zip as {@code export/<jobId>.zip}; {@code readable} false stores one whose every read fails. */
  void storeLegacyFile(MockControl control, String jobId, boolean readable) {
    legacyFile = zip(Map.of("compliance-export.csv", "channel,user,message\ntown-square,bob,hi\n"));
    control.exportFile("export/" + jobId + ".zip", legacyFile, !readable);
  }

  byte[] legacyFile() {
    if (legacyFile == null) {
      throw new IllegalStateException("this scenario stored no legacy export file");
    }
    return legacyFile.clone();
  }

  void storeDirectory(MockControl control, String dir) {
    DIRECTORY_FILES.forEach(
        (name, text) -> control.exportFile(dir + "/" + name, text.getBytes(StandardCharsets.UTF_8), false));
  }

  /** The files (not directory entries) a directory download must hold, by path inside the zip. */
  Map<String, String> directoryFiles() {
    return new TreeMap<>(DIRECTORY_FILES);
  }

  /** The file entries of a zip and their text; a body that is not a zip fails the step. */
  static Map<String, String> filesIn(byte[] zip) {
    Map<String, String> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory()) {
          files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new AssertionError("the download is not a readable zip archive", e);
    }
    if (files.isEmpty()) {
      throw new AssertionError("the download is not a zip archive with files: " + zip.length + " bytes");
    }
    return files;
  }

  private static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
        out.putNextEntry(new ZipEntry(file.getKey()));
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
