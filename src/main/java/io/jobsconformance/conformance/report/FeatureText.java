package io.jobsconformance.conformance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One feature file's name and text. The golden-list check works on these rather than on paths so it can read the
 * source tree under Maven and, unchanged, the copy packaged in the jar.
 *
 * @param name how problems name the file, e.g. {@code features/cancel.feature}
 * @param text its Gherkin
 */
public record FeatureText(String name, String text) {

  /** Every {@code *.feature} under {@code dir}, sorted by path, named relative to {@code dir}'s parent. */
  public static List<FeatureText> under(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    Path base = dir.toAbsolutePath().getParent();
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".feature") && Files.isRegularFile(p))
          .sorted()
          .map(p -> new FeatureText(base.relativize(p.toAbsolutePath()).toString(), read(p)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the feature files under " + dir, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
