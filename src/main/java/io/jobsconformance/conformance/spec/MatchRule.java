package io.jobsconformance.conformance.spec;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One validator message that a {@link Departure} excuses. A rule names the operation (or {@code "*"} for all), an
 * optional HTTP status, the swagger-request-validator message key, and an optional regex the message must contain;
 * the keys and messages were taken from running the validator, so a rule matches what the validator really says and
 * nothing broader. Keeping the status and message optional lets a rule stay as narrow as the departure it stands for.
 */
public record MatchRule(String operation, Integer status, String key, Pattern message) {

  /** Any operation. */
  public static final String ANY_OPERATION = "*";

  /** Whether this rule excuses the validator message {@code key}/{@code text} on that operation and status. */
  public boolean matches(String operationId, int responseStatus, String messageKey, String text) {
    return (ANY_OPERATION.equals(operation) || Objects.equals(operation, operationId))
        && (status == null || status == responseStatus)
        && Objects.equals(key, messageKey)
        && (message == null || message.matcher(text).find());
  }
}
