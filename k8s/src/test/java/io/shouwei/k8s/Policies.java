package io.shouwei.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules every rendered overlay must keep; each method answers its violations (none = kept). */
final class Policies {

  /** Our four services, and their container ports. */
  static final Map<String, Integer> SERVICES = Map.of(
      "gateway", 8080, "hazard-service", 8081, "workflow-service", 8082, "reporting-service", 8083);
  static final Set<String> AUTOSCALED = Set.of("gateway", "hazard-service", "reporting-service");
  static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob");

  private Policies() {}

  /** Every container of every workload: probes, requests and limits, non-root, a pinned image. */
  static List<String> containers(Kustomize.Rendered rendered) {
    List<String> violations = new ArrayList<>();
    for (ObjectNode workload : workloads(rendered)) {
      JsonNode pod = podSpec(workload);
      boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
      for (JsonNode container : allContainers(pod)) {
        String id = id(workload) + " container " + container.path("name").asText();
        boolean init = isInit(pod, container);
        if (!init) {
          for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            if (!container.has(probe)) {
              violations.add(id + ": no " + probe);
            }
          }
        }
        for (String bound : List.of("requests", "limits")) {
          for (String resource : List.of("cpu", "memory")) {
            if (!container.path("resources").path(bound).has(resource)) {
              violations.add(id + ": no " + resource + " in resources." + bound);
            }
          }
        }
        JsonNode security = container.path("securityContext");
        if (!(security.path("runAsNonRoot").asBoolean(podNonRoot))) {
          violations.add(id + ": may run as root (runAsNonRoot is not true)");
        }
        if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
          violations.add(id + ": allowPrivilegeEscalation is not false");
        }
        String image = container.path("image").asText();
        if (!pinned(image)) {
          violations.add(id + ": image " + image + " is not pinned to a version tag or digest");
        }
      }
    }
    return violations;
  }

  /** Our four services: their own image at the project version, read-only root, probes on the health groups. */
  static List<String> services(Kustomize.Rendered rendered, String registry, String version) {
    List<String> violations = new ArrayList<>();
    SERVICES.forEach((name, port) -> {
      ObjectNode deployment = rendered.named("Deployment", name);
      JsonNode pod = podSpec(deployment);
      JsonNode container = pod.path("containers").path(0);
      String id = id(deployment);
      String image = registry + "/" + name + ":" + version;
      if (!image.equals(container.path("image").asText())) {
        violations.add(id + ": image " + container.path("image").asText() + " is not " + image);
      }
      if (!container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)) {
        violations.add(id + ": root filesystem is writable");
      }
      if (!mountsEmptyDir(pod, container, "/tmp")) {
        violations.add(id + ": no emptyDir mounted at /tmp");
      }
      expectProbe(id, container, "livenessProbe", "/actuator/health/liveness", violations);
      expectProbe(id, container, "readinessProbe", "/actuator/health/readiness", violations);
      expectProbe(id, container, "startupProbe", "/actuator/health/liveness", violations);
      if (!container.path("lifecycle").path("preStop").has("sleep") && !container.path("lifecycle").path("preStop").has("exec")) {
        violations.add(id + ": no preStop delay");
      }
      if (container.path("ports").path(0).path("containerPort").asInt() != port) {
        violations.add(id + ": container port is not " + port);
      }
    });
    return violations;
  }

  /** Replicas, autoscalers and disruption budgets. */
  static List<String> availability(Kustomize.Rendered rendered) {
    List<String> violations = new ArrayList<>();
    if (rendered.named("Deployment", "workflow-service").path("spec").path("replicas").asInt(1) < 2) {
      violations.add("Deployment workflow-service: fewer than 2 replicas");
    }
    if (rendered.named("Deployment", "hazard-service").path("spec").path("replicas").asInt(1) < 2) {
      violations.add("Deployment hazard-service: fewer than 2 replicas");
    }
    for (String name : SERVICES.keySet()) {
      boolean budget = rendered.ofKind("PodDisruptionBudget").stream()
          .anyMatch(p -> name.equals(p.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText()));
      if (!budget) {
        violations.add(name + ": no PodDisruptionBudget selects it");
      }
      boolean scaled = rendered.ofKind("HorizontalPodAutoscaler").stream()
          .anyMatch(h -> name.equals(h.path("spec").path("scaleTargetRef").path("name").asText())
              && "Deployment".equals(h.path("spec").path("scaleTargetRef").path("kind").asText()));
      if (AUTOSCALED.contains(name) != scaled) {
        violations.add(name + (scaled ? ": has" : ": has no") + " HorizontalPodAutoscaler");
      }
    }
    return violations;
  }

  /** No Secret carries values: secrets are created in the cluster, never committed. */
  static List<String> secrets(List<ObjectNode> objects) {
    List<String> violations = new ArrayList<>();
    for (ObjectNode object : objects) {
      if ("Secret".equals(object.path("kind").asText())
          && (object.path("data").size() > 0 || object.path("stringData").size() > 0)) {
        violations.add(id(object) + ": carries literal data");
      }
    }
    return violations;
  }

  /** Every variable a service's container is given is one its application.yml understands. */
  static List<String> configuration(Kustomize.Rendered rendered) {
    List<String> violations = new ArrayList<>();
    for (String name : SERVICES.keySet()) {
      ConfigKeys keys = ConfigKeys.of(Project.applicationYml(name));
      JsonNode container = podSpec(rendered.named("Deployment", name)).path("containers").path(0);
      for (String variable : variables(rendered, container)) {
        if (!keys.understands(variable)) {
          violations.add(name + ": " + variable + " matches no key or placeholder of " + name + "/application.yml");
        }
      }
    }
    return violations;
  }

  /** The names of the variables a container gets, from its env and from the ConfigMaps it loads. */
  static Set<String> variables(Kustomize.Rendered rendered, JsonNode container) {
    Set<String> names = new LinkedHashSet<>();
    container.path("env").forEach(e -> names.add(e.path("name").asText()));
    for (JsonNode source : container.path("envFrom")) {
      String map = source.path("configMapRef").path("name").asText(null);
      if (map != null) {
        rendered.named("ConfigMap", map).path("data").fieldNames().forEachRemaining(names::add);
      }
    }
    return names;
  }

  /** The pods (by app.kubernetes.io/name, or a namespace) that NetworkPolicies let reach pods with these labels. */
  static Set<String> allowedSources(Kustomize.Rendered rendered, Map<String, String> targetLabels) {
    Set<String> sources = new HashSet<>();
    for (ObjectNode policy : rendered.ofKind("NetworkPolicy")) {
      JsonNode selector = policy.path("spec").path("podSelector").path("matchLabels");
      boolean applies = true;
      for (var field : (Iterable<Map.Entry<String, JsonNode>>) selector::fields) {
        applies &= field.getValue().asText().equals(targetLabels.get(field.getKey()));
      }
      if (!applies) {
        continue;
      }
      for (JsonNode rule : policy.path("spec").path("ingress")) {
        if (!rule.has("from")) {
          sources.add("*");
        }
        for (JsonNode peer : rule.path("from")) {
          if (peer.has("namespaceSelector")) {
            sources.add("namespace:" + peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText("*"));
          } else {
            JsonNode labels = peer.path("podSelector").path("matchLabels");
            String app = labels.path("app.kubernetes.io/name").asText(null);
            sources.add(app != null ? app : labels.toString());
          }
        }
      }
    }
    return sources;
  }

  static boolean pinned(String image) {
    if (image.contains("@sha256:")) {
      return true;
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    if (colon <= slash) {
      return false;
    }
    String tag = image.substring(colon + 1);
    return !tag.isEmpty() && !"latest".equalsIgnoreCase(tag);
  }

  static List<ObjectNode> workloads(Kustomize.Rendered rendered) {
    return rendered.objects().stream().filter(o -> WORKLOADS.contains(o.path("kind").asText())).toList();
  }

  static JsonNode podSpec(JsonNode workload) {
    JsonNode spec = workload.path("spec");
    if ("CronJob".equals(workload.path("kind").asText())) {
      spec = spec.path("jobTemplate").path("spec");
    }
    return spec.path("template").path("spec");
  }

  private static List<JsonNode> allContainers(JsonNode pod) {
    List<JsonNode> all = new ArrayList<>();
    pod.path("initContainers").forEach(all::add);
    pod.path("containers").forEach(all::add);
    return all;
  }

  private static boolean isInit(JsonNode pod, JsonNode container) {
    for (JsonNode init : pod.path("initContainers")) {
      if (init == container) {
        return true;
      }
    }
    return false;
  }

  private static boolean mountsEmptyDir(JsonNode pod, JsonNode container, String path) {
    for (JsonNode mount : container.path("volumeMounts")) {
      if (path.equals(mount.path("mountPath").asText())) {
        for (JsonNode volume : pod.path("volumes")) {
          if (volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("emptyDir")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void expectProbe(String id, JsonNode container, String probe, String path, List<String> violations) {
    if (!path.equals(container.path(probe).path("httpGet").path("path").asText())) {
      violations.add(id + ": " + probe + " does not call " + path);
    }
  }

  static String id(JsonNode object) {
    return object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
  }
}
