package io.jobsconformance.mock.storage;

import io.jobsconformance.store.DatabaseUrl;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the mock keeps jobs and export files: PostgreSQL ({@code --database-url}) or memory, and a directory in the
 * local file driver's layout ({@code --file-store-dir}) or memory.
 */
public record StorageOptions(Optional<DatabaseUrl> databaseUrl, Optional<Path> fileStoreDir) {
  public static final StorageOptions IN_MEMORY = new StorageOptions(Optional.empty(), Optional.empty());

  /** From the command line's or the system properties' text; a malformed URL is an {@link IllegalArgumentException}. */
  public static StorageOptions of(String databaseUrl, String fileStoreDir) {
    return new StorageOptions(
        Optional.ofNullable(databaseUrl).map(DatabaseUrl::parse),
        Optional.ofNullable(fileStoreDir).map(dir -> Path.of(dir).toAbsolutePath().normalize()));
  }
}
