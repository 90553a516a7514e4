package io.shouwei.gateway.latency;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Measures what the gateway adds to a request: the same authenticated GET, sent to the gateway and
 * straight to the service behind it, alternately, one at a time over kept-alive connections, after
 * a warm-up. Prints median and 95th percentile of each and their difference and ratio. See
 * {@code gateway/LATENCY.md} for how it was run and what it found.
 *
 * <pre>
 * java -cp gateway/target/test-classes io.shouwei.gateway.latency.LatencyHarness \
 *     http://127.0.0.1:8080 http://127.0.0.1:8081 /api/mines/&lt;id&gt; &lt;bearer token&gt; [requests] [warm-up]
 * </pre>
 */
public final class LatencyHarness {

  private LatencyHarness() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: LatencyHarness <gateway url> <service url> <path> <token> [requests] [warm-up]");
      System.exit(2);
    }
    String gateway = args[0];
    String direct = args[1];
    String path = args[2];
    String token = args[3];
    int requests = args.length > 4 ? Integer.parseInt(args[4]) : 500;
    int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 300;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    for (int i = 0; i < warmUp; i++) {
      time(http, gateway + path, token);
      time(http, direct + path, token);
    }
    long[] viaGateway = new long[requests];
    long[] straight = new long[requests];
    for (int i = 0; i < requests; i++) {
      viaGateway[i] = time(http, gateway + path, token);
      straight[i] = time(http, direct + path, token);
    }
    report(requests, warmUp, viaGateway, straight);
  }

  private static long time(HttpClient http, String url, String token) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(10)).GET().build();
    long started = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - started;
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
    }
    return took;
  }

  static void report(int requests, int warmUp, long[] viaGateway, long[] straight) {
    double gMedian = percentile(viaGateway, 50);
    double gP95 = percentile(viaGateway, 95);
    double dMedian = percentile(straight, 50);
    double dP95 = percentile(straight, 95);
    System.out.printf("%d requests each after %d warm-up requests each%n", requests, warmUp);
    System.out.printf("               median    p95   (ms)%n");
    System.out.printf("direct        %7.2f %7.2f%n", dMedian, dP95);
    System.out.printf("via gateway   %7.2f %7.2f%n", gMedian, gP95);
    System.out.printf("added         %7.2f %7.2f%n", gMedian - dMedian, gP95 - dP95);
    System.out.printf("ratio         %7.2f %7.2f%n", gMedian / dMedian, gP95 / dP95);
  }

  /** The nearest-rank percentile, in milliseconds. */
  static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
  }
}
