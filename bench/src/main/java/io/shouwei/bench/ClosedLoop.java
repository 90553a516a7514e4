package io.shouwei.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The command path in a closed loop: a fixed number of clients, each closing one hazard after the
 * other through the gateway (report, plan, start, complete, sign off: five commands, each stores one
 * event) and sending its next command as soon as the last one is answered. With the concurrency
 * fixed, the commands completed per second are the measure. A failed command ends its hazard; the
 * client starts a new one.
 */
final class ClosedLoop {

  /**
   * @param ok commands answered with their success status within the window
   * @param failed commands answered otherwise (or not at all) within the window
   * @param hazardsClosed hazards signed off within the window
   * @param millis latency of each command completed within the window
   * @param seconds the window's length
   */
  record Outcome(long ok, long failed, long hazardsClosed, List<Double> millis, double seconds) {

    double okPerSecond() {
      return ok / seconds;
    }

    double hazardsPerSecond() {
      return hazardsClosed / seconds;
    }
  }

  private ClosedLoop() {}

  /** Runs {@code clients} closed loops for {@code seconds}; counts what completed before the end. */
  static Outcome run(Api api, String gateway, String mineId, int clients, int seconds) {
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong closed = new AtomicLong();
    List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> loops = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      loops.add(pool.submit(() -> {
        while (System.nanoTime() < end) {
          closeOneHazard(api, gateway, mineId, end, ok, failed, closed, millis);
        }
      }));
    }
    try {
      for (Future<?> loop : loops) {
        loop.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(ok.get(), failed.get(), closed.get(), List.copyOf(millis), seconds);
  }

  private static void closeOneHazard(Api api, String gateway, String mineId, long end, AtomicLong ok,
      AtomicLong failed, AtomicLong closed, List<Double> millis) {
    HttpResponse<String> reported = command(api, api.post(gateway + "/api/hazards", api.enterpriseToken,
        Api.reportBody(mineId)), 201, end, ok, failed, millis);
    if (reported == null) {
      return;
    }
    String hazard = gateway + "/api/hazards/" + Api.read(reported, 201).get("id").asText();
    List<HttpRequest> rest = List.of(
        api.put(hazard + "/plan", api.enterpriseToken, Api.planBody()),
        api.post(hazard + "/rectification-start", api.enterpriseToken, ""),
        api.post(hazard + "/completion", api.enterpriseToken, Api.COMPLETION_BODY),
        api.post(hazard + "/verification", api.townToken, Api.SIGN_OFF_BODY));
    for (HttpRequest request : rest) {
      if (System.nanoTime() >= end || command(api, request, 200, end, ok, failed, millis) == null) {
        return;
      }
    }
    if (System.nanoTime() < end) {
      closed.incrementAndGet();
    }
  }

  /** Sends one command; counts it if it completed before {@code end}; null when it failed. */
  private static HttpResponse<String> command(Api api, HttpRequest request, int expected, long end, AtomicLong ok,
      AtomicLong failed, List<Double> millis) {
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = api.send(request);
    } catch (RuntimeException e) {
      response = null;
    }
    long done = System.nanoTime();
    boolean success = response != null && response.statusCode() == expected;
    if (done <= end) {
      (success ? ok : failed).incrementAndGet();
      if (success) {
        millis.add((done - start) / 1e6);
      }
    }
    return success ? response : null;
  }
}
