package io.shouwei.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses rendered objects with the fabric8 Kubernetes model, strictly: an object whose kind the
 * model does not know is an error (unless it is one of the operators' custom resources, checked
 * elsewhere), and so is every field the model does not know (fabric8 keeps those in
 * {@code additionalProperties}, which this walks).
 */
final class KubernetesModel {

  /** Custom resources: the model cannot know them; {@link CustomResources} checks them. */
  static final Set<String> CUSTOM_GROUPS =
      Set.of("kafka.strimzi.io", "postgresql.cnpg.io", "mongodbcommunity.mongodb.com");

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private KubernetesModel() {}

  static boolean isCustom(ObjectNode object) {
    String apiVersion = object.path("apiVersion").asText();
    return apiVersion.contains("/") && CUSTOM_GROUPS.contains(apiVersion.substring(0, apiVersion.indexOf('/')));
  }

  /** The problems of one object, each naming the object and the path of the unknown field. */
  static List<String> violations(ObjectNode object) {
    String id = object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
    List<String> violations = new ArrayList<>();
    if (isCustom(object)) {
      return violations;
    }
    Object parsed;
    try {
      parsed = SERIALIZATION.unmarshal(Kustomize.YAML.writeValueAsString(object));
    } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
      violations.add(id + ": does not parse: " + e.getMessage());
      return violations;
    }
    if (parsed instanceof GenericKubernetesResource || !(parsed instanceof HasMetadata)) {
      violations.add(id + ": apiVersion " + object.path("apiVersion").asText() + " kind "
          + object.path("kind").asText() + " is not a Kubernetes type");
      return violations;
    }
    walk(parsed, id, violations, new IdentityHashMap<>());
    return violations;
  }

  private static void walk(Object value, String path, List<String> violations, Map<Object, Boolean> seen) {
    if (value == null || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", violations, seen);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "." + k, violations, seen));
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
      return;
    }
    for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        Object fieldValue;
        try {
          fieldValue = field.get(value);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        if (field.getName().equals("additionalProperties")) {
          if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
            violations.add(path + ": unknown field(s) " + extra.keySet());
          }
        } else {
          walk(fieldValue, path + "." + field.getName(), violations, seen);
        }
      }
    }
  }
}
