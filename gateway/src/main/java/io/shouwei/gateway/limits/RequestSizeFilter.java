package io.shouwei.gateway.limits;

import io.shouwei.gateway.web.ProblemResponses;
import io.shouwei.gateway.web.Problems;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body above {@link Limits#maxBodySize()} with 413
 * {@code application/problem+json} (OWASP API4): at once when {@code Content-Length} says so,
 * and, for a body sent without a length, as soon as the bytes read pass the limit. Headers above
 * {@link Limits#maxHeaderSize()} are refused with 431 {@code application/problem+json}; the
 * server's own, larger limit ({@code server.max-http-request-header-size}) stays as the last
 * bound, answered by the HTTP server without a body.
 */
@Component
@EnableConfigurationProperties(RequestSizeFilter.Limits.class)
public class RequestSizeFilter implements WebFilter, Ordered {

  /**
   * The request limits.
   *
   * @param maxBodySize the largest request body the gateway passes on
   * @param maxHeaderSize the largest sum of header lines ({@code name: value} and line end)
   */
  @ConfigurationProperties("shouwei.limits")
  public record Limits(DataSize maxBodySize, DataSize maxHeaderSize) {

    public Limits {
      maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
      maxHeaderSize = maxHeaderSize == null ? DataSize.ofKilobytes(16) : maxHeaderSize;
    }
  }

  private final long max;
  private final long maxHeaders;
  private final ProblemResponses problems;

  public RequestSizeFilter(Limits limits, ProblemResponses problems) {
    this.max = limits.maxBodySize().toBytes();
    this.maxHeaders = limits.maxHeaderSize().toBytes();
    this.problems = problems;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 2;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (headerBytes(request) > maxHeaders) {
      return problems.write(exchange, Problems.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
          Problems.HEADERS_TOO_LARGE, "The request headers are larger than " + maxHeaders + " bytes."));
    }
    long length = request.getHeaders().getContentLength();
    if (length > max) {
      return problems.write(exchange, tooLarge());
    }
    if (length >= 0) {
      return chain.filter(exchange);
    }
    ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
      @Override
      public Flux<DataBuffer> getBody() {
        long[] read = {0};
        return super.getBody().handle((buffer, sink) -> {
          read[0] += buffer.readableByteCount();
          if (read[0] > max) {
            DataBufferUtils.release(buffer);
            sink.error(new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "request body too large"));
          } else {
            sink.next(buffer);
          }
        });
      }
    };
    return chain.filter(exchange.mutate().request(counted).build());
  }

  private static long headerBytes(ServerHttpRequest request) {
    long bytes = 0;
    for (var header : request.getHeaders().headerSet()) {
      for (String value : header.getValue()) {
        bytes += header.getKey().length() + 2 + value.length() + 2;
      }
    }
    return bytes;
  }

  private ProblemDetail tooLarge() {
    return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE,
        "The request body is larger than " + max + " bytes.");
  }
}
