package io.shouwei.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.contracts.Role;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's web applications at /camunda, its model deployment, and what is not exposed. */
class CamundaWebappIT extends WorkflowServiceTestBase {

  @Autowired RepositoryService repository;

  @Test
  void cockpit_answersWithoutAToken_leavingTheLoginToCamunda() {
    HttpResponse<String> entry = get("/camunda/app/cockpit/", null);

    assertThat(entry.statusCode()).as("not our 401: Camunda handles /camunda itself").isIn(200, 302);
    assertThat(entry.headers().firstValue("Content-Type").orElse("")).doesNotContain("problem+json");
    entry.headers().firstValue("Location").ifPresent(location ->
        assertThat(location).as("relative, so it stays on the gateway's address").startsWith("/camunda/"));
    HttpResponse<String> page = get("/camunda/app/cockpit/default/", null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Camunda Cockpit");
  }

  @Test
  void adminUserFromConfiguration_logsIntoCockpit_aWrongPasswordDoesNot() {
    assertThat(login(ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(login(ADMIN_PASSWORD).body()).contains("\"userId\":\"admin\"").contains("cockpit");
    assertThat(login("admin").statusCode()).isEqualTo(401);
  }

  @Test
  void webappsOwnEngineApi_isOpenToACamundaSessionOnly() {
    HttpResponse<String> anonymous = get("/camunda/api/engine/engine/default/process-definition", null);
    HttpResponse<String> withOurToken =
        get("/camunda/api/engine/engine/default/process-definition", token(Role.ADMIN, null, List.of()));

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain(HazardRectificationProcess.KEY);
    assertThat(withOurToken.statusCode()).as("a bearer token is no Camunda login").isEqualTo(401);
  }

  @Test
  void engineRestApi_isNotExposed() {
    assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/engine", token(Role.ADMIN, null, List.of())).statusCode()).isEqualTo(404);
  }

  @Test
  void modelOfModuleBpmn_isDeployedFromItsJar() {
    ProcessDefinition definition =
        repository.createProcessDefinitionQuery()
            .processDefinitionKey(HazardRectificationProcess.KEY)
            .latestVersion()
            .singleResult();

    assertThat(definition).isNotNull();
    assertThat(definition.getResourceName()).isEqualTo("hazard-rectification.bpmn");
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
  }

  @Test
  void probesAndMetrics_answerWithoutAToken() {
    assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    HttpResponse<String> metrics = get("/actuator/prometheus", null);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("application=\"workflow-service\"");
  }

  /** As the Cockpit login page does it: a session, its XSRF token, then the form post. */
  private HttpResponse<String> login(String password) {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    try {
      browser.send(HttpRequest.newBuilder(url("/camunda/app/cockpit/default/")).build(), HttpResponse.BodyHandlers.discarding());
      String xsrf =
          cookies.getCookieStore().getCookies().stream()
              .filter(c -> c.getName().equals("XSRF-TOKEN"))
              .map(HttpCookie::getValue)
              .findFirst()
              .orElseThrow(() -> new AssertionError("Cockpit set no XSRF-TOKEN cookie"));
      String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
      return browser.send(
          HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/cockpit"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-XSRF-TOKEN", xsrf)
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("Cockpit login failed", e);
    }
  }
}
