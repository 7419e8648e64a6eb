package io.jobsconformance.api;

import io.jobsconformance.app.Settings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code X-Version-Id}: {@code <version>.<build>.<client config hash>.<licensed>}. The mock reports server 11.2.0,
 * licensed, and a hash of its settings, so the header changes when the settings do, as on a real server.
 */
final class VersionHeader {
  static final String SERVER_VERSION = "11.2.0";
  private volatile Settings cachedFor;
  private volatile String cached;

  String value(Settings settings) {
    if (settings != cachedFor) {
      cached = SERVER_VERSION + "." + SERVER_VERSION + "." + md5(settings.toString()) + ".true";
      cachedFor = settings;
    }
    return cached;
  }

  private static String md5(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}
