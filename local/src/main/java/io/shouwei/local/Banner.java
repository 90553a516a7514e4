package io.shouwei.local;

import java.time.Duration;
import java.util.Map;

/** What the launcher prints once the stack is ready: where to go and how to get a token. */
final class Banner {

  private Banner() {}

  static String ready(StackConfig c, Duration startup, Map<String, Long> rssMiB) {
    String gw = c.gatewayUrl();
    StringBuilder memory = new StringBuilder();
    rssMiB.forEach((name, mib) -> memory.append(String.format("    %-32s %5d MiB%n", name, mib)));
    return String.format(
        """

        Shouwei is up (started in %.1f s).

          API base           %s/api
          Swagger UI         http://127.0.0.1:%d/swagger-ui.html  (hazard-service)
                             http://127.0.0.1:%d/swagger-ui.html  (workflow-service)
                             http://127.0.0.1:%d/swagger-ui.html  (reporting-service)
          Camunda Cockpit    %s/camunda/app/cockpit/  (user admin, password admin)
          Dashboard          %s/dashboard/
          Kafka              %s   topic shouwei.events
          MongoDB            %s
          Logs               %s

        Get a token (local profile only):
          curl -s -X POST %s/auth/dev-token -H 'Content-Type: application/json' \\
            -d '{"sub":"li.wei","name":"Li Wei","roles":["DISTRICT_AGENCY"],"org":"shanting-bureau","towns":[],"enterprise":null}'

        Memory (resident):
        %s
        Ctrl-C (or ./shouwei stop) stops everything; data stays in %s.
        """,
        startup.toMillis() / 1000.0,
        gw, c.hazardPort(), c.workflowPort(), c.reportingPort(), gw, gw,
        c.kafkaBootstrap(), c.mongoUri(), c.dataDir().resolve("logs"), gw,
        memory.toString().stripTrailing(), c.dataDir());
  }
}
