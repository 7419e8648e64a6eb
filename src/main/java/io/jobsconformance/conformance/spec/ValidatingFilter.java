package io.jobsconformance.conformance.spec;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A REST Assured filter that puts every response through {@link SpecValidator} and hands the verdict to a consumer,
 * instead of failing the call itself as the library's own filter does: a conformance step decides what a violation
 * means (fail, or count a departure), and bad-input requests must reach the server unvalidated. The body is read once
 * into REST Assured's buffer, so the caller can still read it afterwards.
 */
public final class ValidatingFilter implements Filter {

  private final SpecValidator validator;
  private final Consumer<ResponseVerdict> verdicts;

  public ValidatingFilter(SpecValidator validator, Consumer<ResponseVerdict> verdicts) {
    this.validator = Objects.requireNonNull(validator);
    this.verdicts = Objects.requireNonNull(verdicts);
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
    Response response = ctx.next(request, responseSpec);
    URI uri = URI.create(request.getURI());
    String pathWithQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Map<String, String> headers = new LinkedHashMap<>();
    response.getHeaders().forEach(h -> headers.merge(h.getName(), h.getValue(), (a, b) -> a + ", " + b));
    byte[] body = response.asByteArray();
    verdicts.accept(validator.validate(
        request.getMethod(), pathWithQuery, response.getStatusCode(), headers, body.length == 0 ? null : body));
    return response;
  }
}
