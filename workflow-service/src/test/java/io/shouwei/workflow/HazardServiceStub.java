package io.shouwei.workflow;

import com.sun.net.httpserver.HttpServer;
import io.shouwei.embedded.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for hazard-service's order API at a fixed local port, which can be taken down and
 * brought back: it answers every POST with 200 and records what it received.
 */
public final class HazardServiceStub {

  /** One request as received. */
  public record Received(String method, String path, String authorization, String idempotencyKey) {}

  private final int port = Ports.free();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private HttpServer server;

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public synchronized void up() {
    if (server != null) {
      return;
    }
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Authorization"),
          exchange.getRequestHeaders().getFirst("Idempotency-Key")));
      byte[] body = "{}".getBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  public synchronized void down() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  public List<Received> received(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }
}
