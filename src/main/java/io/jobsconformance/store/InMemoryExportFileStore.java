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
public final class InMemoryExportFileStore implements ExportFileStore {
  private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

  @Override
  public void put(String path, byte[] content) {
    files.put(path, new StoredFile(path, content.clone(), true));
  }

  @Override
  public void putUnreadable(String path) {
    files.put(path, new StoredFile(path, new byte[0], false));
  }

  @Override
  public Optional<StoredFile> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** Whether any file lies under {@code dir}; {@code "."} is the root. */
  @Override
  public boolean isDirectory(String dir) {
    String prefix = prefix(dir);
    return files.keySet().stream().anyMatch(p -> p.startsWith(prefix));
  }

  @Override
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

  @Override
  public int count() {
    return files.size();
  }

  @Override
  public void clear() {
    files.clear();
  }
}
