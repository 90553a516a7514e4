package io.shouwei.embedded;

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
import java.util.function.Function;

/**
 * A browser's session with the Camunda webapp, logged in as its admin user: what Cockpit shows and
 * does, through the webapp's own engine API ({@code /camunda/api/engine/...}) with the session's
 * XSRF token, as Cockpit's pages call it. Used by tests and benchmarks.
 */
public final class CockpitSession {

  private final Function<String, URI> url;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser;
  private String xsrf;

  private CockpitSession(Function<String, URI> url) {
    this.url = url;
    this.browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Logs in as Cockpit's login page does: a session, its XSRF token, the form post, a fresh token. */
  public static CockpitSession login(Function<String, URI> url, String password) {
    CockpitSession session = new CockpitSession(url);
    session.refreshToken();
    String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.send(
        HttpRequest.newBuilder(url.apply("/camunda/api/admin/auth/user/default/login/cockpit"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", session.xsrf)
            .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new AssertionError("Cockpit login failed: " + login.statusCode() + " " + login.body());
    }
    session.refreshToken();
    return session;
  }

  /** The same, for a workflow-service at {@code baseUrl} (e.g. {@code http://127.0.0.1:8082}). */
  public static CockpitSession login(String baseUrl, String password) {
    return login(path -> URI.create(baseUrl + path), password);
  }

  /** GET on the webapp's engine API, e.g. {@code incident?processInstanceId=…}. */
  public HttpResponse<String> get(String enginePath) {
    return send(HttpRequest.newBuilder(engine(enginePath)).header("Accept", "application/json").GET());
  }

  /** PUT with a JSON body on the webapp's engine API, as Cockpit's buttons do. */
  public HttpResponse<String> put(String enginePath, String json) {
    return write("PUT", enginePath, json);
  }

  /** POST with a JSON body (or none) on the webapp's engine API; the response, whatever its status. */
  public HttpResponse<String> post(String enginePath, String json) {
    return write("POST", enginePath, json);
  }

  /** A write with the session's XSRF token; once more with a fresh token when the webapp refused it. */
  private HttpResponse<String> write(String method, String enginePath, String json) {
    HttpResponse<String> response = send(write(method, enginePath, json, xsrf));
    if (response.statusCode() == 403) {
      refreshToken();
      response = send(write(method, enginePath, json, xsrf));
    }
    return response;
  }

  private HttpRequest.Builder write(String method, String enginePath, String json, String token) {
    return HttpRequest.newBuilder(engine(enginePath))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("X-XSRF-TOKEN", token)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
  }

  private URI engine(String enginePath) {
    return url.apply("/camunda/api/engine/engine/default/" + enginePath);
  }

  /** Loads Cockpit's page, as a browser does, and keeps the XSRF token the webapp sets with it. */
  private void refreshToken() {
    send(HttpRequest.newBuilder(url.apply("/camunda/app/cockpit/default/")).GET());
    xsrf = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, last) -> last)
        .orElseThrow(() -> new AssertionError("Cockpit set no XSRF-TOKEN cookie"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
