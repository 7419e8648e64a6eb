package io.jobsconformance.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.postgresql.Driver;

/**
 * Where the jobs live: a PostgreSQL URL in Mattermost's {@code SqlSettings.DataSource} form ({@code
 * postgres://user:password@host:5432/mattermost?sslmode=disable&connect_timeout=10}, as lib/pq reads it) or a
 * {@code jdbc:postgresql://} URL, turned into what the JDBC driver takes. A malformed URL is refused with a message that
 * says what is wrong; the password never appears in a message.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password, Map<String, String> properties,
    String display) {
  private static final Set<String> SSL_MODES =
      Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
  private static final String EXAMPLE = "postgres://mmuser:password@localhost:5432/mattermost?sslmode=disable";
  /** lib/pq parameter -> pgjdbc property; {@code binary_parameters} only changes how lib/pq sends parameters. */
  private static final Map<String, String> PARAMETERS =
      Map.of(
          "sslmode", "sslmode",
          "connect_timeout", "connectTimeout",
          "search_path", "currentSchema",
          "application_name", "ApplicationName",
          "sslrootcert", "sslrootcert",
          "sslcert", "sslcert",
          "sslkey", "sslkey",
          "binary_parameters", "");

  public DatabaseUrl {
    properties = Map.copyOf(properties);
  }

  public static DatabaseUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("the database URL is empty; give one like " + EXAMPLE);
    }
    String trimmed = url.trim();
    if (trimmed.startsWith("jdbc:postgresql:")) {
      return jdbc(trimmed);
    }
    if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
      return dataSource(trimmed);
    }
    if (trimmed.startsWith("mysql://") || trimmed.startsWith("jdbc:mysql:") || trimmed.contains("@tcp(")) {
      throw new IllegalArgumentException(
          "MySQL is not supported: the mock keeps jobs in PostgreSQL, as Mattermost 11 does; give a URL like " + EXAMPLE);
    }
    throw new IllegalArgumentException(
        "the database URL must start with postgres://, postgresql:// or jdbc:postgresql://, e.g. " + EXAMPLE);
  }

  private static DatabaseUrl dataSource(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "the database URL is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + "); characters such"
              + " as @ : / ? # in the password must be percent-encoded, e.g. %40 for @");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("the database URL names no host: expected the form " + EXAMPLE);
    }
    int port = uri.getPort() == -1 ? 5432 : uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String database = decode(path.startsWith("/") ? path.substring(1) : path);
    if (database.isEmpty() || database.contains("/")) {
      throw new IllegalArgumentException(
          "the database URL must name one database after the host, as /mattermost in " + EXAMPLE);
    }
    String user = "";
    String password = "";
    if (uri.getRawUserInfo() != null) {
      String info = uri.getRawUserInfo();
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? "" : decode(info.substring(colon + 1));
    }
    Map<String, String> properties = new TreeMap<>();
    properties.putAll(parameters(uri.getRawQuery()));
    String jdbcUrl =
        "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
    return new DatabaseUrl(jdbcUrl, user, password, properties, display(uri.getHost(), port, database, user));
  }

  private static Map<String, String> parameters(String rawQuery) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return properties;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      String property = PARAMETERS.get(name);
      if (property == null) {
        throw new IllegalArgumentException(
            "unknown parameter '" + name + "' in the database URL; supported: " + new TreeMap<>(PARAMETERS).keySet());
      }
      check(name, value);
      if (!property.isEmpty()) {
        properties.put(property, value);
      }
    }
    return properties;
  }

  private static void check(String name, String value) {
    if (name.equals("sslmode") && !SSL_MODES.contains(value)) {
      throw new IllegalArgumentException(
          "sslmode '" + value + "' in the database URL is not one of " + new TreeSet<>(SSL_MODES));
    }
    if (name.equals("connect_timeout") && !value.matches("[0-9]{1,6}")) {
      throw new IllegalArgumentException(
          "connect_timeout in the database URL must be a whole number of seconds, got '" + value + "'");
    }
  }

  private static DatabaseUrl jdbc(String url) {
    Properties parsed = Driver.parseURL(url, new Properties());
    if (parsed == null || !url.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException(
          "the JDBC URL is not one the PostgreSQL driver accepts; expected jdbc:postgresql://host:5432/database");
    }
    String database = parsed.getProperty("PGDBNAME", "");
    if (database.isEmpty()) {
      throw new IllegalArgumentException(
          "the JDBC URL must name a database, as in jdbc:postgresql://localhost:5432/mattermost");
    }
    String user = parsed.getProperty("user", "");
    return new DatabaseUrl(
        url,
        null,
        null,
        Map.of(),
        display(parsed.getProperty("PGHOST"), parsed.getProperty("PGPORT"), database, user));
  }

  private static String display(String host, Object port, String database, String user) {
    return host + ":" + port + "/" + database + (user == null || user.isEmpty() ? "" : " as " + user);
  }

  /** Percent-decoding of a URL part; a {@code +} stays a plus, as in a URL's user info and path. */
  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the database URL has a malformed percent escape (a % not followed by two hex digits)");
    }
  }

  /** The URL without its password, for messages. */
  @Override
  public String toString() {
    return display;
  }
}
