package io.shouwei.embedded;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A browser's session with the Camunda webapp, logged in as its admin user: what Cockpit shows and
 * does, through the webapp's own engine API ({@code /camunda/api/engine/...}) with the session's
 * XSRF token, as Cockpit's pages call it.
 */
public final class CockpitSession {

  private final Function<String, URI> url;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser;

  private CockpitSession(Function<String, URI> url) {
    this.url = url;
    this.browser = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in as Cockpit's login page does: a session, its XSRF token, then the form post. */
  public static CockpitSession login(Function<String, URI> url, String password) {
    CockpitSession session = new CockpitSession(url);
    session.send(HttpRequest.newBuilder(url.apply("/camunda/app/cockpit/default/")).GET());
    String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.send(
        HttpRequest.newBuilder(url.apply("/camunda/api/admin/auth/user/default/login/cockpit"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", session.xsrf())
            .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new AssertionError("Cockpit login failed: " + login.statusCode() + " " + login.body());
    }
    return session;
  }

  /** GET on the webapp's engine API, e.g. {@code incident?processInstanceId=…}. */
  public HttpResponse<String> get(String enginePath) {
    return send(HttpRequest.newBuilder(engine(enginePath)).header("Accept", "application/json").GET());
  }

  /** PUT with a JSON body on the webapp's engine API, as Cockpit's buttons do. */
  public HttpResponse<String> put(String enginePath, String json) {
    send(HttpRequest.newBuilder(url.apply("/camunda/app/cockpit/default/")).GET());
    return send(HttpRequest.newBuilder(engine(enginePath))
        .header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrf())
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private URI engine(String enginePath) {
    return url.apply("/camunda/api/engine/engine/default/" + enginePath);
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, last) -> last)
        .orElseThrow(() -> new AssertionError("Cockpit set no XSRF-TOKEN cookie"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
