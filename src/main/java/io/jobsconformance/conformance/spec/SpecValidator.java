package io.jobsconformance.conformance.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelLoader;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks responses, and only responses, against the published spec ({@code openapi/jobs-api.yaml}) and sorts every
 * validator message into an unexcused violation or a known {@link SpecDepartures departure}. Requests are not
 * validated because the bad-input tests send invalid requests on purpose. The spec is read from the classpath as a
 * string and parsed inline, so it works the same from {@code target/classes} and from inside the shaded jar; it is
 * parsed once per instance, and an instance is safe to share between threads.
 */
public final class SpecValidator {

  /** Where the spec lives on the classpath. */
  public static final String SPEC_RESOURCE = "openapi/jobs-api.yaml";

  private final OpenApiInteractionValidator validator;
  private final ApiOperationResolver operations;
  private final SpecDepartures departures;

  public SpecValidator(String specYaml, SpecDepartures departures) {
    // Levels pinned to the library's defaults: its default chain also reads swagger.* system properties and a
    // .swagger-validator file in the working directory, which could silently change what is reported.
    LevelResolver levels =
        LevelResolver.create().withLoader(LevelLoader.defaultsLoader()).withDefaultLevel(Level.ERROR).build();
    this.validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(specYaml).withLevelResolver(levels).build();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    var parsed = new OpenAPIV3Parser().readContents(specYaml, null, options);
    if (parsed.getOpenAPI() == null) {
      throw new IllegalStateException("The Jobs API spec does not parse: " + parsed.getMessages());
    }
    this.operations = new ApiOperationResolver(parsed.getOpenAPI(), null, false);
    this.departures = departures;
  }

  /** The spec and the departure list shipped with the suite. */
  public static SpecValidator fromClasspath() {
    return new SpecValidator(readSpec(), SpecDepartures.fromClasspath());
  }

  /** The spec text shipped with the suite. */
  public static String readSpec() {
    try (InputStream in = SpecValidator.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Jobs API spec not found on the classpath: " + SPEC_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SPEC_RESOURCE, e);
    }
  }

  /**
   * Validates one response against the operation that {@code method} and {@code pathWithQuery} resolve to. A null
   * body means none was sent; header names are matched case-insensitively.
   */
  public ResponseVerdict validate(
      String method, String pathWithQuery, int status, Map<String, String> headers, byte[] body) {
    String path = pathWithQuery.contains("?") ? pathWithQuery.substring(0, pathWithQuery.indexOf('?')) : pathWithQuery;
    Optional<Request.Method> httpMethod = methodOf(method);
    ApiOperationMatch match = httpMethod.map(m -> operations.findApiOperation(path, m)).orElse(null);
    if (match == null || !match.isPathFound() || !match.isOperationAllowed()) {
      return ResponseVerdict.notApplicable(method, path, status);
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    headers.forEach(response::withHeader);
    if (body != null) {
      response.withBody(body);
    }
    String operationId = match.getApiOperation().getOperation().getOperationId();
    List<ResponseVerdict.Violation> violations = new ArrayList<>();
    List<ResponseVerdict.Excused> excused = new ArrayList<>();
    ValidationReport report = validator.validateResponse(path, httpMethod.get(), response.build());
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() != Level.ERROR) {
        continue;
      }
      departures.excuse(operationId, status, m.getKey(), m.getMessage()).ifPresentOrElse(
          d -> excused.add(new ResponseVerdict.Excused(d.name(), m.getKey(), m.getMessage())),
          () -> violations.add(new ResponseVerdict.Violation(m.getKey(), m.getMessage())));
    }
    return new ResponseVerdict(method, path, status, operationId, violations, excused);
  }

  private static Optional<Request.Method> methodOf(String method) {
    try {
      return Optional.of(Request.Method.valueOf(method.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
