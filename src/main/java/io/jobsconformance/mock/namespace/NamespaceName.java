package io.jobsconformance.mock.namespace;

import java.util.regex.Pattern;

/**
 * The {@code X-Mock-Namespace} header: absent means the default namespace; a present value must be a short name that
 * is safe to echo in logs and messages, so a typo is reported instead of silently creating a namespace.
 */
public final class NamespaceName {
  public static final String HEADER = "X-Mock-Namespace";
  public static final String DEFAULT = "default";
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private NamespaceName() {}

  /** The namespace a request selects; throws {@link RefusedRequest} (400) for a malformed name. */
  public static String of(String headerValue) {
    if (headerValue == null) {
      return DEFAULT;
    }
    if (!VALID.matcher(headerValue).matches()) {
      throw new RefusedRequest(
          400,
          "mock.namespace.invalid",
          "Invalid " + HEADER + " header '" + printable(headerValue) + "': a namespace name has 1 to 64 characters,"
              + " each a letter, a digit, '.', '_' or '-'. Leave the header out to use the default namespace.");
    }
    return headerValue;
  }

  /** At most 80 characters of the value, so a huge header does not make a huge message. */
  private static String printable(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "...";
  }
}
