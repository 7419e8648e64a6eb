package io.jobsconformance.conformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Allure command line, unpacked and ready to run, obtained without any network access but Maven Central: the
 * zip {@code io.qameta.allure:allure-commandline:2.34.1:zip} is taken from the local Maven repository (where the
 * Maven build's dependency:copy puts it), or else downloaded from Central into that same place (checked against
 * Central's SHA-1), then unpacked once into a cache directory. The allure-maven plugin is not used: it resolves
 * artifacts Central does not serve (stack.md pitfall 8).
 */
public final class AllureDistribution {
  public static final String VERSION = "2.34.1";
  static final String ZIP = "io/qameta/allure/allure-commandline/" + VERSION + "/allure-commandline-" + VERSION + ".zip";
  static final String CENTRAL = "https://repo1.maven.org/maven2/";
  private static final Pattern LOCAL_REPOSITORY = Pattern.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>");
  private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(5);

  private AllureDistribution() {}

  /**
   * The unpacked {@code allure-2.34.1} directory (with {@code bin/}, {@code lib/}, {@code config/}), the zip looked up
   * in the local Maven repository of {@link #localRepository()}.
   */
  public static Path home() {
    return home(localRepository());
  }

  /** As {@link #home()}, with the local Maven repository given (Maven knows it exactly: settings.localRepository). */
  public static Path home(Path repository) {
    String given = System.getProperty("jobs.allure.home");
    if (given != null) {
      return Path.of(given);
    }
    Path home = cacheDir().resolve("allure-" + VERSION);
    if (Files.isRegularFile(home.resolve("lib/allure-commandline-" + VERSION + ".jar"))) {
      return home;
    }
    unpack(zip(repository), home);
    return home;
  }

  /** The local Maven repository: {@code -Dmaven.repo.local}, else settings.xml's localRepository, else ~/.m2. */
  static Path localRepository() {
    String property = System.getProperty("maven.repo.local");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    Path m2 = Path.of(System.getProperty("user.home"), ".m2");
    Path settings = m2.resolve("settings.xml");
    if (Files.isRegularFile(settings)) {
      try {
        Matcher m = LOCAL_REPOSITORY.matcher(Files.readString(settings, StandardCharsets.UTF_8));
        if (m.find()) {
          return Path.of(m.group(1).replace("${user.home}", System.getProperty("user.home")));
        }
      } catch (IOException e) {
        // An unreadable settings.xml leaves Maven's default, as Maven itself would not start anyway.
      }
    }
    return m2.resolve("repository");
  }

  /** The zip in {@code repository}, downloaded from Central first when it is not there. */
  static Path zip(Path repository) {
    Path zip = repository.resolve(ZIP);
    if (Files.isRegularFile(zip)) {
      return zip;
    }
    try {
      Files.createDirectories(zip.getParent());
      HttpClient client = HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
      String expected = new String(fetch(client, CENTRAL + ZIP + ".sha1").readAllBytes(), StandardCharsets.US_ASCII)
          .trim().split("\\s+")[0];
      Path partial = Files.createTempFile(zip.getParent(), "allure-commandline", ".part");
      try (InputStream in = fetch(client, CENTRAL + ZIP)) {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      }
      String actual = sha1(partial);
      if (!actual.equalsIgnoreCase(expected)) {
        Files.deleteIfExists(partial);
        throw new IllegalStateException("The downloaded " + CENTRAL + ZIP + " has SHA-1 " + actual + ", not " + expected);
      }
      Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return zip;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Allure " + VERSION + " is not in the local Maven repository (" + zip + ") and cannot be downloaded from "
              + CENTRAL + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while downloading Allure " + VERSION, e);
    }
  }

  private static InputStream fetch(HttpClient client, String url) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(DOWNLOAD_TIMEOUT).GET().build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      response.body().close();
      throw new IOException("GET " + url + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static String sha1(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Unpacks the zip's {@code allure-2.34.1/} into {@code home}, through a temporary sibling, so a crash leaves none. */
  static void unpack(Path zip, Path home) {
    try {
      Files.createDirectories(home.getParent());
      Path staging = Files.createTempDirectory(home.getParent(), "allure-unpack");
      String prefix = "allure-" + VERSION + "/";
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          if (!e.getName().startsWith(prefix) || e.isDirectory()) {
            continue;
          }
          Path target = staging.resolve(e.getName().substring(prefix.length())).normalize();
          if (!target.startsWith(staging)) {
            throw new IOException("Refusing the zip entry " + e.getName() + ": it leaves the directory");
          }
          Files.createDirectories(target.getParent());
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      try {
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException raced) {
        // Another run unpacked it at the same time: keep theirs.
        if (!Files.isDirectory(home)) {
          throw raced;
        }
        Deletion.recursively(staging);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack " + zip + " into " + home + ": " + e.getMessage(), e);
    }
  }

  private static Path cacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("jobs-conformance");
  }
}
