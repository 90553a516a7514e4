package io.shouwei.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.http.HttpHeaders;

/**
 * A downstream service stand-in: a real HTTP server on a free loopback port that records every
 * request and answers {@code {"service":<name>,"path":<path>}}, echoing the correlation id the
 * way the services do. It can be told to answer late.
 */
public final class StubService implements AutoCloseable {

  /** One request as the downstream saw it. */
  public record Received(String method, String pathAndQuery, HttpHeaders headers, String body) {}

  private final String name;
  private final Duration delay;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private StubService(String name, Duration delay) {
    this.name = name;
    this.delay = delay;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static StubService start(String name) {
    return new StubService(name, Duration.ZERO);
  }

  public static StubService startSlow(String name, Duration delay) {
    return new StubService(name, delay);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every request that reached this service, in order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The request that reached this service with exactly this path and query, if any did. */
  public Optional<Received> requestTo(String pathAndQuery) {
    return received.stream().filter(r -> r.pathAndQuery().equals(pathAndQuery)).findFirst();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      HttpHeaders headers = new HttpHeaders();
      exchange.getRequestHeaders().forEach(headers::addAll);
      String pathAndQuery = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
      received.add(new Received(exchange.getRequestMethod(), pathAndQuery, headers, body));
      if (!delay.isZero()) {
        Thread.sleep(delay.toMillis());
      }
      byte[] answer = ("{\"service\":\"" + name + "\",\"path\":\"" + exchange.getRequestURI().getRawPath() + "\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      String correlationId = headers.getFirst("X-Correlation-Id");
      if (correlationId != null) {
        exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
      }
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
