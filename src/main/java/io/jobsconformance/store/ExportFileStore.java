package io.jobsconformance.store;

import java.util.List;
import java.util.Optional;

/**
 * The export file backend ({@code filestore.FileBackend} as the download handler uses it): files by slash-separated
 * path relative to the backend's root. {@link InMemoryExportFileStore} keeps them in memory, {@link
 * LocalExportFileStore} on disk in the layout of the real server's local driver. A file can be unreadable, to
 * reproduce a backend that fails while a download is being streamed.
 */
public interface ExportFileStore {

  /** One stored file; {@code readable == false} makes every read fail. */
  record StoredFile(String path, byte[] content, boolean readable) {
    /** A copy, so a caller cannot change the stored bytes behind the store's back. */
    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  /** Stores {@code content} at {@code path}, replacing a file already there. */
  void put(String path, byte[] content);

  /** Stores a file at {@code path} whose every read fails. */
  void putUnreadable(String path);

  /** The file at {@code path}; empty when there is none (a directory is not a file). */
  Optional<StoredFile> file(String path);

  /** Whether {@code dir} is a directory of the store; {@code "."} is the root. */
  boolean isDirectory(String dir);

  /** Every file under {@code dir}, sorted by path, as a recursive directory walk would yield them. */
  List<StoredFile> listRecursively(String dir);

  int count();

  /** Removes every file of the store. */
  void clear();
}
