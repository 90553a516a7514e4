package io.shouwei.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A session with workflow-service's Camunda webapp, logged in as its admin user, calling the
 * webapp's own engine REST API ({@code /camunda/api/engine/engine/default/...}) as Cockpit and
 * Tasklist do: the session cookie and its XSRF token. (workflow-service exposes no other engine
 * REST API.)
 */
final class CockpitSession {

  /** The engine REST API's date format ({@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}). */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser;
  private String xsrf;

  private CockpitSession(String base) {
    this.base = base;
    this.browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Logs in as Cockpit's login page does: a session, its XSRF token, the form post, a fresh token. */
  static CockpitSession login(String workflowUrl, String password) {
    CockpitSession session = new CockpitSession(workflowUrl);
    session.refreshToken();
    String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(workflowUrl
            + "/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", session.xsrf)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Cockpit login failed: " + login.statusCode() + " " + login.body());
    }
    session.refreshToken();
    return session;
  }

  /** POST with a JSON body (or none) on the engine API; answers the response, whatever its status. */
  HttpResponse<String> post(String enginePath, String json) {
    HttpResponse<String> response = send(post(enginePath, json, xsrf));
    if (response.statusCode() == 403) {
      refreshToken();
      response = send(post(enginePath, json, xsrf));
    }
    return response;
  }

  private HttpRequest post(String enginePath, String json, String token) {
    return HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/" + enginePath))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("X-XSRF-TOKEN", token)
        .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build();
  }

  static String date(Instant instant) {
    return DATE.format(instant);
  }

  private void refreshToken() {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/cockpit/default/")).GET().build());
    xsrf = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, last) -> last)
        .orElseThrow(() -> new IllegalStateException("Cockpit set no XSRF-TOKEN cookie"));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return browser.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
