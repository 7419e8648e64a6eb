package io.jobsconformance.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The export files on disk, laid out as the real server's local file driver keeps them under {@code
 * FileSettings.Directory} ({@code platform/shared/filestore/localstore.go}): every path is relative to the root,
 * directories are created with mode 0750 and files with 0600, and nothing outside the root is ever read or written.
 * So a file that any process puts at {@code <root>/export/<job_id>.zip} or under {@code <root>/<export_dir>/} is what
 * the download route serves, and what the control plane stores is a plain file there.
 *
 * <p>An unreadable file is a symbolic link to a name that never exists: it is listed like a file, and every read of it
 * fails, as on a real disk.
 */
public final class LocalExportFileStore implements ExportFileStore {
  private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-x---");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final String UNREADABLE_TARGET = ".unreadable-by-the-jobs-mock";

  private final Path root;
  private final Set<String> keep;

  /** A store rooted at {@code root}; {@link #clear()} leaves the top-level entries named in {@code keep} alone. */
  public LocalExportFileStore(Path root, Set<String> keep) {
    this.root = root.toAbsolutePath().normalize();
    this.keep = Set.copyOf(keep);
  }

  public Path root() {
    return root;
  }

  @Override
  public void put(String path, byte[] content) {
    Path target = resolve(path);
    try {
      createDirectories(target.getParent());
      Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
      Files.write(temporary, content);
      Files.setPosixFilePermissions(temporary, FILE);
      try {
        // Readers in any process see the old file or the new one, never half of it.
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new StoreException("cannot write export file " + path + ": " + e.getMessage());
    }
  }

  @Override
  public void putUnreadable(String path) {
    Path target = resolve(path);
    try {
      createDirectories(target.getParent());
      Files.deleteIfExists(target);
      Files.createSymbolicLink(target, Path.of(UNREADABLE_TARGET));
    } catch (IOException e) {
      throw new StoreException("cannot write export file " + path + ": " + e.getMessage());
    }
  }

  @Override
  public Optional<StoredFile> file(String path) {
    Path target = resolve(path);
    if (Files.isDirectory(target) || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(read(path, target));
  }

  @Override
  public boolean isDirectory(String dir) {
    return Files.isDirectory(resolve(dir), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public List<StoredFile> listRecursively(String dir) {
    Path start = resolve(dir);
    if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<StoredFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(start)) {
      walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .sorted(Comparator.comparing(this::relative))
          .forEach(p -> files.add(read(relative(p), p)));
    } catch (IOException | UncheckedIOException e) {
      throw new StoreException("cannot list export directory " + dir + ": " + e.getMessage());
    }
    return files;
  }

  @Override
  public int count() {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return (int) walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).filter(this::notKept).count();
    } catch (IOException | UncheckedIOException e) {
      throw new StoreException("cannot count the export files: " + e.getMessage());
    }
  }

  /** Removes everything under the root (the root itself stays), except the kept top-level entries. */
  @Override
  public void clear() {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(root)).filter(this::notKept)
          .toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (DirectoryNotEmptyException e) {
          // another process wrote into it meanwhile; what it wrote stays
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new StoreException("cannot remove the export files under " + root + ": " + e.getMessage());
    }
  }

  /** Removes the root and everything under it. */
  public void delete() {
    clear();
    try {
      Files.deleteIfExists(root);
    } catch (IOException e) {
      throw new StoreException("cannot remove " + root + ": " + e.getMessage());
    }
  }

  private boolean notKept(Path p) {
    return !keep.contains(root.relativize(p).getName(0).toString());
  }

  private StoredFile read(String path, Path file) {
    try {
      return new StoredFile(path, Files.readAllBytes(file), true);
    } catch (NoSuchFileException e) {
      return new StoredFile(path, new byte[0], false);
    } catch (IOException e) {
      return new StoredFile(path, new byte[0], false);
    }
  }

  private String relative(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /**
   * The file for a store path: relative, inside the root ({@code filepath.IsLocal}, and no symbolic link on the way
   * leading out of it, as the newest driver's {@code os.OpenRoot} refuses).
   */
  Path resolve(String path) {
    if (path.startsWith("/") || path.indexOf('\0') >= 0) {
      throw new StoreException("export path " + path + " is not relative to the file store");
    }
    Path target = path.isEmpty() || path.equals(".") ? root : root.resolve(path).normalize();
    if (!target.startsWith(root)) {
      throw new StoreException("export path " + path + " leads outside the file store");
    }
    for (Path p = target.getParent(); p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        throw new StoreException("export path " + path + " goes through a symbolic link");
      }
    }
    return target;
  }

  private void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    createDirectories(dir.getParent());
    FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(DIRECTORY);
    try {
      Files.createDirectory(dir, mode);
      // The process umask may have taken bits away; the driver's 0750 is what is wanted.
      Files.setPosixFilePermissions(dir, DIRECTORY);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir)) {
        throw e;
      }
    }
  }
}
