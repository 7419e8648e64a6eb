package io.jobsconformance.app;

import io.jobsconformance.store.ExportFileStore;
import io.jobsconformance.store.ExportFileStore.StoredFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code App.FileReader} and {@code App.ExportZipReader} over the export file store. The zip is built like the local
 * file backend's {@code ZipReader}: stored (no deflate), entries relative to the directory in directory-walk order,
 * directories as {@code name/} entries, and a single file zipped under its base name.
 */
public final class ExportArchive {
  /** Reading a stored file failed: on a real server the stream breaks and the handler reports a 500. */
  public static final class ReadFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReadFailure(String path) {
      super("unable to read " + path);
    }
  }

  /** {@code fs.WalkDir} order: names compared one path segment at a time, so "a/x" comes before "a.txt". */
  private static final Comparator<String> WALK_ORDER =
      (a, b) -> {
        String[] left = a.split("/");
        String[] right = b.split("/");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
          int c = left[i].compareTo(right[i]);
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(left.length, right.length);
      };

  private final ExportFileStore files;

  public ExportArchive(ExportFileStore files) {
    this.files = files;
  }

  /** The file's bytes; empty when there is no such file. */
  public Optional<byte[]> readFile(String path) {
    return files.file(path).map(ExportArchive::content);
  }

  /** A zip of the file or directory at {@code path}; empty when neither exists. */
  public Optional<byte[]> zip(String path) {
    Optional<StoredFile> single = files.file(path);
    if (single.isPresent()) {
      String base = path.substring(path.lastIndexOf('/') + 1);
      return Optional.of(zipOf(List.of(new Entry(base, content(single.get())))));
    }
    if (!files.isDirectory(path)) {
      return Optional.empty();
    }
    List<StoredFile> stored = new ArrayList<>(files.listRecursively(path));
    stored.sort(Comparator.comparing(StoredFile::path, WALK_ORDER));
    List<Entry> entries = new ArrayList<>();
    Set<String> dirs = new HashSet<>();
    for (StoredFile file : stored) {
      String relative = path.equals(".") ? file.path() : file.path().substring(path.length() + 1);
      int slash = relative.indexOf('/');
      while (slash >= 0) {
        String dir = relative.substring(0, slash + 1);
        if (dirs.add(dir)) {
          entries.add(new Entry(dir, null));
        }
        slash = relative.indexOf('/', slash + 1);
      }
      entries.add(new Entry(relative, content(file)));
    }
    return Optional.of(zipOf(entries));
  }

  private static byte[] content(StoredFile file) {
    if (!file.readable()) {
      throw new ReadFailure(file.path());
    }
    return file.content();
  }

  private record Entry(String name, byte[] content) {}

  private static byte[] zipOf(List<Entry> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Entry entry : entries) {
        ZipEntry zipEntry = new ZipEntry(entry.name());
        byte[] content = entry.content() == null ? new byte[0] : entry.content();
        CRC32 crc = new CRC32();
        crc.update(content);
        zipEntry.setMethod(ZipEntry.STORED);
        zipEntry.setSize(content.length);
        zipEntry.setCompressedSize(content.length);
        zipEntry.setCrc(crc.getValue());
        zip.putNextEntry(zipEntry);
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
