package io.shouwei.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks catch real mistakes: the fixture overlay {@code broken-overlay} is the prod overlay
 * with a misspelt probe, a {@code :latest} image, a misspelt Strimzi and CloudNativePG field, a
 * variable no service reads, and a committed secret.
 */
class BrokenManifestTest {

  private static Kustomize.Rendered broken() {
    return Kustomize.render(Project.module().resolve("src/test/resources/broken-overlay"));
  }

  @Test
  void misspeltField_failsTheStrictModelParse() {
    List<String> violations = new ArrayList<>();
    broken().objects().forEach(o -> violations.addAll(KubernetesModel.violations(o)));

    assertThat(violations).singleElement().asString()
        .startsWith("Deployment gateway.spec.template.spec.containers[0]")
        .contains("unknown field(s) [readinesProbe]");
  }

  @Test
  void misspeltStrimziField_failsTheCrdSchema() {
    List<String> violations = new ArrayList<>();
    broken().objects().stream().filter(StrimziSchemas::isStrimzi).forEach(o -> violations.addAll(StrimziSchemas.violations(o)));

    assertThat(violations).singleElement().asString().startsWith("KafkaTopic shouwei.events").contains("partitons");
  }

  @Test
  void misspeltOperatorField_failsTheStructuralCheck() {
    List<String> violations = new ArrayList<>();
    broken().objects().stream().filter(CustomResources::isChecked).forEach(o -> violations.addAll(CustomResources.violations(o)));

    assertThat(violations).containsExactly("Cluster shouwei-pg: unknown field spec.instanses");
  }

  @Test
  void lostProbeAndLatestImage_failThePolicies() {
    assertThat(Policies.containers(broken())).containsExactlyInAnyOrder(
        "Deployment gateway container gateway: no readinessProbe",
        "Deployment hazard-service container hazard-service: image registry.example.org/shouwei/hazard-service:latest"
            + " is not pinned to a version tag or digest");
    assertThat(Policies.services(broken(), Project.registry(), Project.version())).containsExactlyInAnyOrder(
        "Deployment gateway: readinessProbe does not call /actuator/health/readiness",
        "Deployment hazard-service: image registry.example.org/shouwei/hazard-service:latest is not "
            + Project.registry() + "/hazard-service:" + Project.version());
  }

  @Test
  void unknownVariable_andCommittedSecret_failThePolicies() {
    List<ObjectNode> objects = broken().objects();

    assertThat(Policies.configuration(broken())).containsExactly(
        "hazard-service: SHOUWEI_KAFKA_BOOTSRAP matches no key or placeholder of hazard-service/application.yml");
    assertThat(Policies.secrets(objects)).containsExactly("Secret committed-by-mistake: carries literal data");
  }

  @Test
  void untaggedImage_isNotPinned() {
    assertThat(Policies.pinned("redis")).isFalse();
    assertThat(Policies.pinned("registry.example.org:5000/shouwei/gateway")).isFalse();
    assertThat(Policies.pinned("redis:latest")).isFalse();
    assertThat(Policies.pinned("registry.example.org:5000/shouwei/gateway:0.1.0")).isTrue();
    assertThat(Policies.pinned("eclipse-temurin@sha256:0123abcd")).isTrue();
  }
}
