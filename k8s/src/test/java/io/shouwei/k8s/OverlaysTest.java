package io.shouwei.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shouwei.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every overlay renders, and what it renders is valid and keeps the deployment's rules. */
class OverlaysTest {

  private static Kustomize.Rendered render(String overlay) {
    return Kustomize.render(Project.overlay(overlay));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void overlay_rendersTheServicesAndTheirEngines(String overlay) {
    Kustomize.Rendered rendered = render(overlay);

    for (String service : Policies.SERVICES.keySet()) {
      rendered.named("Deployment", service);
      rendered.named("Service", service);
    }
    assertThat(rendered.ofKind("Kafka")).hasSize(1);
    assertThat(rendered.ofKind("KafkaNodePool")).hasSize(1);
    assertThat(rendered.ofKind("Cluster")).hasSize(1);
    assertThat(rendered.ofKind("MongoDBCommunity")).hasSize(1);
    rendered.named("Deployment", "keycloak");
    rendered.named("ConfigMap", rendered.ofKind("ConfigMap").stream()
        .map(c -> c.path("metadata").path("name").asText()).filter(n -> n.startsWith("keycloak-realm")).findFirst().orElseThrow());
    String namespace = "prod".equals(overlay) ? "shouwei" : "shouwei-dev";
    assertThat(rendered.objects())
        .filteredOn(o -> !"Namespace".equals(o.path("kind").asText()))
        .allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText()).as(Policies.id(o)).isEqualTo(namespace));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyKubernetesObject_parsesStrictlyWithTheFabric8Model(String overlay) {
    List<String> violations = new ArrayList<>();
    for (ObjectNode object : render(overlay).objects()) {
      violations.addAll(KubernetesModel.violations(object));
    }
    assertThat(violations).isEmpty();
    assertThat(render(overlay).objects()).filteredOn(o -> !KubernetesModel.isCustom(o)).hasSizeGreaterThan(30);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void strimziResources_matchStrimzisCrdSchemas(String overlay) {
    List<ObjectNode> strimzi = render(overlay).objects().stream().filter(StrimziSchemas::isStrimzi).toList();
    List<String> violations = new ArrayList<>();
    strimzi.forEach(o -> violations.addAll(StrimziSchemas.violations(o)));

    assertThat(strimzi).hasSize(4);
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void kafka_runsThreeKraftNodesAndTheTopicsTheServicesUse(String overlay) {
    Kustomize.Rendered rendered = render(overlay);
    ObjectNode kafka = rendered.ofKind("Kafka").get(0);
    JsonNode pool = rendered.ofKind("KafkaNodePool").get(0);

    assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText()).isEqualTo("enabled");
    assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/node-pools").asText()).isEqualTo("enabled");
    assertThat(pool.path("spec").path("replicas").asInt()).isEqualTo(3);
    assertThat(pool.path("spec").path("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("controller", "broker");
    assertThat(kafka.path("spec").path("kafka").path("config").path("min.insync.replicas").asInt()).isEqualTo(2);

    JsonNode events = topic(rendered, Topics.EVENTS);
    int consumers = Math.max(
        rendered.named("HorizontalPodAutoscaler", "reporting-service").path("spec").path("maxReplicas").asInt(),
        rendered.named("Deployment", "workflow-service").path("spec").path("replicas").asInt());
    assertThat(events.path("spec").path("partitions").asInt()).isGreaterThanOrEqualTo(consumers);
    for (String name : List.of(Topics.EVENTS, Topics.EVENTS_DEAD_LETTER)) {
      JsonNode topic = topic(rendered, name);
      assertThat(topic.path("spec").path("replicas").asInt()).as(name).isEqualTo(3);
      assertThat(topic.path("spec").path("config").path("min.insync.replicas").asInt()).as(name).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void operatorResources_haveOnlyFieldsOfTheirOperatorsApi(String overlay) {
    List<ObjectNode> custom = render(overlay).objects().stream().filter(CustomResources::isChecked).toList();
    List<String> violations = new ArrayList<>();
    custom.forEach(o -> violations.addAll(CustomResources.violations(o)));

    assertThat(custom).extracting(o -> o.path("kind").asText())
        .containsExactlyInAnyOrder("Cluster", "Database", "Database", "MongoDBCommunity");
    assertThat(violations).isEmpty();
    assertThat(render(overlay).objects()).filteredOn(KubernetesModel::isCustom)
        .allSatisfy(o -> assertThat(StrimziSchemas.isStrimzi(o) || CustomResources.isChecked(o)).as(Policies.id(o)).isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void postgres_holdsTheEventStoreAndCamundasDatabases(String overlay) {
    Kustomize.Rendered rendered = render(overlay);
    JsonNode cluster = rendered.named("Cluster", "shouwei-pg");
    List<String> databases = new ArrayList<>();
    databases.add(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
    rendered.ofKind("Database").forEach(d -> databases.add(d.path("spec").path("name").asText()));

    assertThat(cluster.path("spec").path("instances").asInt()).isEqualTo(3);
    assertThat(databases).contains(database(rendered, "hazard-service"), database(rendered, "workflow-service"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyContainer_hasProbesLimitsNonRootAndAPinnedImage(String overlay) {
    assertThat(Policies.containers(render(overlay))).isEmpty();
    assertThat(Policies.workloads(render(overlay))).hasSizeGreaterThanOrEqualTo(6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void services_runTheirProjectVersionImageReadOnlyWithHealthGroupProbes(String overlay) {
    assertThat(Policies.services(render(overlay), Project.registry(), Project.version())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void services_haveReplicasAutoscalersAndDisruptionBudgets(String overlay) {
    assertThat(Policies.availability(render(overlay))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void noSecretCarriesValues_andTheServicesReferenceTheirs(String overlay) {
    Kustomize.Rendered rendered = render(overlay);
    assertThat(Policies.secrets(rendered.objects())).isEmpty();
    assertThat(rendered.yaml()).contains("secretKeyRef");
    assertThat(rendered.ofKind("ConfigMap")).allSatisfy(c -> assertThat(c.path("data").toString())
        .as(Policies.id(c)).doesNotContainIgnoringCase("password="));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyVariableGivenToAService_isOneItsApplicationYmlUnderstands(String overlay) {
    Kustomize.Rendered rendered = render(overlay);
    assertThat(Policies.configuration(rendered)).isEmpty();
    JsonNode hazard = Policies.podSpec(rendered.named("Deployment", "hazard-service")).path("containers").path(0);
    assertThat(Policies.variables(rendered, hazard)).contains("SPRING_PROFILES_ACTIVE", "SHOUWEI_DB_URL", "SHOUWEI_DB_PASSWORD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void networkPolicies_letEachPodBeReachedOnlyByWhomTheDesignSays(String overlay) {
    Kustomize.Rendered rendered = render(overlay);
    ObjectNode denyAll = rendered.named("NetworkPolicy", "default-deny-ingress");
    assertThat(denyAll.path("spec").path("podSelector").isEmpty()).isTrue();
    assertThat(denyAll.path("spec").has("ingress")).isFalse();

    assertThat(sources(rendered, Map.of("app.kubernetes.io/name", "gateway"))).containsExactly("namespace:ingress-nginx");
    assertThat(sources(rendered, Map.of("app.kubernetes.io/name", "hazard-service")))
        .containsExactlyInAnyOrder("gateway", "workflow-service");
    assertThat(sources(rendered, Map.of("app.kubernetes.io/name", "workflow-service"))).containsExactly("gateway");
    assertThat(sources(rendered, Map.of("app.kubernetes.io/name", "reporting-service"))).containsExactly("gateway");
    assertThat(sources(rendered, Map.of("app.kubernetes.io/name", "shouwei-redis"))).containsExactly("gateway");
    assertThat(sources(rendered, Map.of("strimzi.io/cluster", "shouwei", "strimzi.io/kind", "Kafka")))
        .containsExactlyInAnyOrder("hazard-service", "workflow-service", "reporting-service");
    assertThat(sources(rendered, Map.of("app", "shouwei-mongo-svc")))
        .containsExactlyInAnyOrder("reporting-service", "{\"app\":\"shouwei-mongo-svc\"}");
    assertThat(sources(rendered, Map.of("cnpg.io/cluster", "shouwei-pg")))
        .containsExactlyInAnyOrder("hazard-service", "workflow-service", "keycloak",
            "{\"cnpg.io/cluster\":\"shouwei-pg\"}", "namespace:cnpg-system");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void ingress_publishesTheGatewayOverTlsAndNoOtherService(String overlay) {
    Kustomize.Rendered rendered = render(overlay);
    List<String> backends = new ArrayList<>();
    for (ObjectNode ingress : rendered.ofKind("Ingress")) {
      List<String> tlsHosts = new ArrayList<>();
      ingress.path("spec").path("tls").forEach(t -> t.path("hosts").forEach(h -> tlsHosts.add(h.asText())));
      for (JsonNode rule : ingress.path("spec").path("rules")) {
        assertThat(tlsHosts).as(Policies.id(ingress)).contains(rule.path("host").asText());
        rule.path("http").path("paths").forEach(p -> backends.add(p.path("backend").path("service").path("name").asText()));
      }
    }
    assertThat(backends).contains("gateway").doesNotContain("hazard-service", "workflow-service", "reporting-service");
    assertThat(backends).allMatch(b -> b.equals("gateway") || b.equals("keycloak"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void tokenIssuer_isKeycloaksPublicAddressOfTheRealm(String overlay) {
    Kustomize.Rendered rendered = render(overlay);
    ObjectNode identity = rendered.ofKind("ConfigMap").stream()
        .filter(c -> c.path("metadata").path("name").asText().startsWith("shouwei-identity")).findFirst().orElseThrow();
    String hostname = "";
    for (JsonNode env : Policies.podSpec(rendered.named("Deployment", "keycloak")).path("containers").path(0).path("env")) {
      if ("KC_HOSTNAME".equals(env.path("name").asText())) {
        hostname = env.path("value").asText();
      }
    }
    assertThat(identity.path("data").path("SHOUWEI_TOKEN_ISSUER").asText()).isEqualTo(hostname + "/realms/shouwei");
    String authHost = rendered.named("Ingress", "shouwei-auth").path("spec").path("rules").path(0).path("host").asText();
    assertThat(hostname).isEqualTo("https://" + authHost);
  }

  private static JsonNode topic(Kustomize.Rendered rendered, String name) {
    return rendered.ofKind("KafkaTopic").stream()
        .filter(t -> name.equals(t.path("spec").path("topicName").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no KafkaTopic " + name));
  }

  private static String database(Kustomize.Rendered rendered, String service) {
    String url = rendered.ofKind("ConfigMap").stream()
        .filter(c -> c.path("metadata").path("name").asText().startsWith(service + "-config"))
        .findFirst().orElseThrow().path("data").path("SHOUWEI_DB_URL").asText();
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private static java.util.Set<String> sources(Kustomize.Rendered rendered, Map<String, String> labels) {
    return Policies.allowedSources(rendered, labels);
  }
}
