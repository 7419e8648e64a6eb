package io.jobsconformance.mock.storage;

import io.jobsconformance.mock.namespace.NamespaceName;
import io.jobsconformance.store.ExportFileStore;
import io.jobsconformance.store.InMemoryExportFileStore;
import io.jobsconformance.store.InMemoryJobStore;
import io.jobsconformance.store.JobStore;
import io.jobsconformance.store.LocalExportFileStore;
import io.jobsconformance.store.PostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The stores of each namespace. In PostgreSQL, the default namespace uses the {@code jobs} table of the schema the URL
 * names (normally {@code public}, so a real server's database is served as it is) and every other namespace a schema
 * of its own ({@link NamespaceSchema}). On disk, the default namespace's export files are the directory itself and
 * every other namespace's lie in {@code mock-namespaces/ns_<name>/} under it.
 */
public final class Storage implements AutoCloseable {
  static final String NAMESPACES_DIR = "mock-namespaces";

  private final Optional<PostgresDatabase> database;
  private final Optional<Path> fileRoot;

  private Storage(Optional<PostgresDatabase> database, Optional<Path> fileRoot) {
    this.database = database;
    this.fileRoot = fileRoot;
  }

  public static Storage inMemory() {
    return new Storage(Optional.empty(), Optional.empty());
  }

  /**
   * Connects to the database and checks the directory; throws an exception whose one-line message says what is wrong
   * ({@code StoreException} for the database, {@link IllegalArgumentException} for the directory).
   */
  public static Storage open(StorageOptions options) {
    options.fileStoreDir().ifPresent(Storage::requireUsableDirectory);
    Optional<PostgresDatabase> database =
        options.databaseUrl().map(url -> PostgresDatabase.open(url, new JacksonJobData()));
    return new Storage(database, options.fileStoreDir());
  }

  private static void requireUsableDirectory(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("the file store directory " + dir + " is not a directory");
    }
    Path existing = dir;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isWritable(existing)) {
      throw new IllegalArgumentException("the file store directory " + dir + " cannot be created or written");
    }
  }

  public JobStore jobs(String namespace) {
    return database
        .<JobStore>map(db -> db.jobStore(schema(db, namespace)))
        .orElseGet(InMemoryJobStore::new);
  }

  public ExportFileStore files(String namespace) {
    return fileRoot.<ExportFileStore>map(root -> directory(root, namespace)).orElseGet(InMemoryExportFileStore::new);
  }

  /** Removes what a dropped namespace kept outside memory: its schema and its directory. */
  public void drop(String namespace) {
    if (NamespaceName.DEFAULT.equals(namespace)) {
      return;
    }
    database.ifPresent(db -> db.dropSchema(schema(db, namespace)));
    fileRoot.ifPresent(root -> directory(root, namespace).delete());
  }

  private static String schema(PostgresDatabase db, String namespace) {
    return NamespaceName.DEFAULT.equals(namespace) ? db.defaultSchema() : NamespaceSchema.of(namespace);
  }

  private static LocalExportFileStore directory(Path root, String namespace) {
    if (NamespaceName.DEFAULT.equals(namespace)) {
      return new LocalExportFileStore(root, Set.of(NAMESPACES_DIR));
    }
    return new LocalExportFileStore(root.resolve(NAMESPACES_DIR).resolve("ns_" + namespace), Set.of());
  }

  public boolean isPersistent() {
    return database.isPresent();
  }

  @Override
  public void close() {
    database.ifPresent(PostgresDatabase::close);
  }
}
