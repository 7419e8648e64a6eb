package io.jobsconformance.conformance.client;

import io.jobsconformance.conformance.report.Observations;
import io.jobsconformance.conformance.spec.ResponseVerdict;
import io.jobsconformance.conformance.spec.SpecValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the suite does with each response's verdict against the published spec: a violation no departure excuses fails
 * the step at once; a listed departure is a warning kept for the reports, or a failure in strict mode. Every verdict
 * is also counted for the coverage matrix.
 */
public final class SpecCheck implements Consumer<ResponseVerdict> {
  private static SpecValidator validator;

  private final boolean strict;
  private final boolean silent;
  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

  public SpecCheck(boolean strict) {
    this(strict, false);
  }

  private SpecCheck(boolean strict, boolean silent) {
    this.strict = strict;
    this.silent = silent;
  }

  /** For housekeeping requests (cleaning up after a scenario): neither judged nor counted. */
  public static SpecCheck ignoring() {
    return new SpecCheck(false, true);
  }

  /** Builds the validator now (it parses the OpenAPI document), e.g. on a thread of its own while the plan is found. */
  public static void preload() {
    validator();
  }

  static synchronized SpecValidator validator() {
    if (validator == null) {
      validator = SpecValidator.fromClasspath();
    }
    return validator;
  }

  @Override
  public void accept(ResponseVerdict verdict) {
    if (silent) {
      return;
    }
    Observations.global().response(verdict.operationId(), verdict.method(), verdict.path(), verdict.status());
    verdict.departureNames().forEach(Observations.global()::departure);
    if (!verdict.conforms()) {
      throw new AssertionError("The response does not conform to the published spec: " + verdict);
    }
    if (verdict.excused().isEmpty()) {
      return;
    }
    if (strict) {
      throw new AssertionError(
          "Strict spec mode: the response shows known departures " + verdict.departureNames() + ": " + verdict);
    }
    verdict.excused().forEach(e -> warnings.add(
        "Spec departure '" + e.departure() + "' on " + verdict.method() + " " + verdict.path() + " -> "
            + verdict.status() + ": " + e.message()));
  }

  /** The departures seen so far in this scenario, one line each, for the scenario's report. */
  public List<String> warnings() {
    synchronized (warnings) {
      return List.copyOf(warnings);
    }
  }
}
