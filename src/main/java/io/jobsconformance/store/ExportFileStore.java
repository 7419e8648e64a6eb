package io.jobsconformance.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The export file backend, in memory: files by slash-separated relative path. Directories are implied by their files,
 * as in an object store. A file can be stored as unreadable to reproduce a backend that fails while a download is
 * being streamed.
 */
public final class ExportFileStore {
  private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

  /** One stored file; {@code readable == false} makes every read fail. */
  public record StoredFile(String path, byte[] content, boolean readable) {
    /** A copy, so a caller cannot change the stored bytes behind the store's back. */
    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  public void put(String path, byte[] content) {
    files.put(path, new StoredFile(path, content.clone(), true));
  }

  public void putUnreadable(String path) {
    files.put(path, new StoredFile(path, new byte[0], false));
  }

  public Optional<StoredFile> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** Whether any file lies under {@code dir}; {@code "."} is the root. */
  public boolean isDirectory(String dir) {
    String prefix = prefix(dir);
    return files.keySet().stream().anyMatch(p -> p.startsWith(prefix));
  }

  /** Every file under {@code dir}, sorted by path, as a recursive directory walk would yield them. */
  public List<StoredFile> listRecursively(String dir) {
    String prefix = prefix(dir);
    return files.values().stream()
        .filter(f -> f.path().startsWith(prefix))
        .sorted((a, b) -> a.path().compareTo(b.path()))
        .toList();
  }

  private static String prefix(String dir) {
    if (dir.equals(".") || dir.isEmpty()) {
      return "";
    }
    return dir.endsWith("/") ? dir : dir + "/";
  }

  public int count() {
    return files.size();
  }

  public void clear() {
    files.clear();
  }
}
