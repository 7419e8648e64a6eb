package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.conformance.spec.SpecValidator;
import io.jobsconformance.conformance.spec.ValidatingFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link JobsMockServer} on a free loopback port for one acceptance test class, with REST Assured entry points: the
 * public API, whose every response must conform to the published spec (known departures excused), and the control
 * plane, which the spec does not cover. Declared as a static {@code @RegisterExtension} field, it starts before the
 * class's own {@code @BeforeAll} methods and stops after its {@code @AfterAll} methods.
 */
final class RunningMock implements BeforeAllCallback, AfterAllCallback {
  private static final AtomicInteger CHECKED = new AtomicInteger();
  private static SpecValidator spec;
  private final MockOptions options;
  private JobsMockServer server;

  private RunningMock(MockOptions options) {
    this.options = options;
  }

  static RunningMock perClass(MockOptions options) {
    return new RunningMock(options);
  }

  static RunningMock perClass() {
    return perClass(MockOptions.onAnyFreePort());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = new JobsMockServer(options).start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }

  /** The public API; each response is checked against the spec as it arrives. */
  RequestSpecification api() {
    return plain()
        .filter(
            new ValidatingFilter(
                spec(),
                verdict -> {
                  assertThat(verdict.violations()).as(verdict.toString()).isEmpty();
                  if (!verdict.isNotApplicable()) {
                    CHECKED.incrementAndGet();
                  }
                }));
  }

  /** The public API as {@code token}'s session (Bearer). */
  RequestSpecification api(String token) {
    return api().header("Authorization", "Bearer " + token);
  }

  /** Requests the spec has nothing to say about: the control plane, fault stubs, refusals of the mock itself. */
  RequestSpecification plain() {
    return RestAssured.given().baseUri("http://127.0.0.1").port(server.port()).urlEncodingEnabled(false);
  }

  RequestSpecification admin() {
    return plain().contentType("application/json");
  }

  /** How many responses, in this JVM, matched an operation of the spec and were validated against it. */
  static int checkedResponses() {
    return CHECKED.get();
  }

  int port() {
    return server.port();
  }

  private static synchronized SpecValidator spec() {
    if (spec == null) {
      spec = SpecValidator.fromClasspath();
    }
    return spec;
  }
}
