package io.jobsconformance.mock.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The PostgreSQL schema of a named namespace: {@code mock_ns_<name>}, case and dots kept (it is always quoted).
 * PostgreSQL cuts identifiers at 63 bytes, so a longer name keeps its first 42 characters and gets a hash of the whole
 * name, and two long names never share a schema.
 */
final class NamespaceSchema {
  static final String PREFIX = "mock_ns_";
  private static final int MAX_IDENTIFIER = 63;

  private NamespaceSchema() {}

  static String of(String namespace) {
    String schema = PREFIX + namespace;
    if (schema.length() <= MAX_IDENTIFIER) {
      return schema;
    }
    return PREFIX + namespace.substring(0, 42) + "_" + hash(namespace);
  }

  private static String hash(String namespace) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(namespace.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
