package io.shouwei.reporting.testclock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.reporting.ServiceIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The test profile's clock control: an administrator moves the service's clock forward; nobody else may. */
class TestClockApiIT extends ServiceIT {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  HttpResponse<String> advance(String token, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/test/clock"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void onlyAnAdmin_movesTheClock_andOnlyForward() throws Exception {
    assertThat(advance(district(), "{\"advance\": \"P1D\"}").statusCode()).isEqualTo(403);
    assertThat(advance(admin(), "{}").statusCode()).isEqualTo(400);
    assertThat(advance(admin(), "{\"advance\": \"-P1D\"}").statusCode()).isEqualTo(400);

    Duration before = Duration.parse(json.readTree(get("/api/test/clock", admin()).body()).get("offset").asText());
    HttpResponse<String> moved = advance(admin(), "{\"advance\": \"P2D\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    JsonNode state = json.readTree(moved.body());
    assertThat(Duration.parse(state.get("offset").asText())).isEqualTo(before.plusDays(2));
    assertThat(moved.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
  }
}
