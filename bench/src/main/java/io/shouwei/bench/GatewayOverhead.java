package io.shouwei.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 2: the same authenticated reads sent alternately through the gateway and straight to
 * the service (which checks the same token itself), one at a time over kept-alive connections;
 * warm-up pairs first, then measured pairs. Added milliseconds and ratio at p50 and p99.
 */
final class GatewayOverhead {

  private static final int WARM_UP = 300;
  private static final int MEASURED = 1000;

  static void run(BenchStack stack, Api api, Results results, String mineId) {
    String hazardId = api.reportHazard(stack.serviceUrl(BenchStack.HAZARD), mineId);
    List<String[]> reads = List.of(
        new String[] {"GET /api/mines/{id}", "/api/mines/" + mineId, stack.serviceUrl(BenchStack.HAZARD)},
        new String[] {"GET /api/hazards/{id}", "/api/hazards/" + hazardId, stack.serviceUrl(BenchStack.HAZARD)});
    StringBuilder table = new StringBuilder();
    table.append("| read | pairs | direct p50 | gateway p50 | added p50 | ratio p50 | direct p99 | gateway p99 | added p99 | ratio p99 |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    List<String> raw = new ArrayList<>(List.of("read,pair,direct_ms,gateway_ms"));
    for (String[] read : reads) {
      String path = read[1];
      List<Double> direct = new ArrayList<>();
      List<Double> gateway = new ArrayList<>();
      for (int i = 0; i < WARM_UP + MEASURED; i++) {
        double d = time(api, api.get(read[2] + path, api.districtToken));
        double g = time(api, api.get(stack.gatewayUrl() + path, api.districtToken));
        if (i >= WARM_UP) {
          direct.add(d);
          gateway.add(g);
          raw.add(read[0] + "," + (i - WARM_UP) + "," + Stats.ms(d) + "," + Stats.ms(g));
        }
      }
      Stats ds = Stats.of(direct);
      Stats gs = Stats.of(gateway);
      table.append("| ").append(read[0]).append(" | ").append(MEASURED)
          .append(" | ").append(Stats.ms(ds.p50())).append(" ms | ").append(Stats.ms(gs.p50()))
          .append(" ms | ").append(Stats.ms(gs.p50() - ds.p50())).append(" ms | ").append(Stats.ms(gs.p50() / ds.p50()))
          .append(" | ").append(Stats.ms(ds.p99())).append(" ms | ").append(Stats.ms(gs.p99()))
          .append(" ms | ").append(Stats.ms(gs.p99() - ds.p99())).append(" ms | ").append(Stats.ms(gs.p99() / ds.p99()))
          .append(" |\n");
    }
    results.raw("gateway-overhead.csv", raw);
    results.markdown("gateway-overhead", "# Gateway overhead\n\n" + Results.environment(stack.hazardJdbcUrl())
        + "\nMethod: " + WARM_UP + " warm-up pairs, then " + MEASURED + " measured pairs per read; each pair sends the same "
        + "authenticated GET (district bureau token) straight to hazard-service, then through the gateway, one request at a "
        + "time over kept-alive HTTP/1.1 connections. Percentiles by nearest rank. Raw times: `raw/gateway-overhead.csv`.\n\n"
        + table + "\nBaseline: the direct request of the same pair. No goal was set; this supersedes "
        + "`gateway/LATENCY.md`.\n");
  }

  private static double time(Api api, HttpRequest request) {
    long start = System.nanoTime();
    HttpResponse<String> response = api.send(request);
    double millis = (System.nanoTime() - start) / 1e6;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return millis;
  }
}
