package io.shouwei.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates Strimzi resources against the CRD schemas of Strimzi's own model ({@code io.strimzi:api}),
 * generated here with {@code io.strimzi:crd-generator}, the tool Strimzi builds its CRDs with. The
 * schemas are made strict: an object schema that lists its properties rejects any other (the API
 * server would silently prune them, so a typo would go unnoticed).
 */
final class StrimziSchemas {

  static final String GROUP = "kafka.strimzi.io";
  private static final Map<String, String> MODEL_CLASSES = Map.of(
      "Kafka", "io.strimzi.api.kafka.model.kafka.Kafka",
      "KafkaNodePool", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool",
      "KafkaTopic", "io.strimzi.api.kafka.model.topic.KafkaTopic",
      "KafkaUser", "io.strimzi.api.kafka.model.user.KafkaUser");
  private static final Map<String, JsonNode> CRDS = new ConcurrentHashMap<>();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

  private StrimziSchemas() {}

  static boolean isStrimzi(JsonNode object) {
    return object.path("apiVersion").asText().startsWith(GROUP + "/");
  }

  static List<String> violations(ObjectNode object) {
    String kind = object.path("kind").asText();
    String id = kind + " " + object.path("metadata").path("name").asText();
    if (!MODEL_CLASSES.containsKey(kind)) {
      return List.of(id + ": not a Strimzi kind this check knows");
    }
    String version = object.path("apiVersion").asText().substring(GROUP.length() + 1);
    JsonNode schema = null;
    for (JsonNode v : crd(kind).path("spec").path("versions")) {
      if (v.path("name").asText().equals(version) && v.path("served").asBoolean()) {
        schema = v.path("schema").path("openAPIV3Schema").deepCopy();
      }
    }
    if (schema == null) {
      return List.of(id + ": version " + version + " is not served by Strimzi's CRD");
    }
    strict(schema);
    JsonSchema validator = FACTORY.getSchema(schema);
    List<String> violations = new ArrayList<>();
    for (ValidationMessage message : validator.validate(object)) {
      violations.add(id + ": " + message.getMessage());
    }
    return violations;
  }

  /** The CRD of one kind, as Strimzi 0.45 generates it (kept for the run). */
  static JsonNode crd(String kind) {
    return CRDS.computeIfAbsent(kind, StrimziSchemas::generate);
  }

  private static JsonNode generate(String kind) {
    try {
      Class<?> generator = Class.forName("io.strimzi.crdgenerator.CrdGenerator");
      Class<?> versionRange = Class.forName("io.strimzi.api.annotations.VersionRange");
      Class<?> apiVersion = Class.forName("io.strimzi.api.annotations.ApiVersion");
      Class<?> kubeVersion = Class.forName("io.strimzi.api.annotations.KubeVersion");
      // the generator's class is package-private; its constructor and generate() are what its main() calls
      Constructor<?> constructor = generator.getDeclaredConstructor(versionRange, apiVersion);
      constructor.setAccessible(true);
      Object instance = constructor.newInstance(
          kubeVersion.getField("V1_16_PLUS").get(null), apiVersion.getField("V1").get(null));
      Method generate = generator.getDeclaredMethod("generate", Class.class, Writer.class);
      generate.setAccessible(true);
      StringWriter yaml = new StringWriter();
      generate.invoke(instance, Class.forName(MODEL_CLASSES.get(kind)), yaml);
      return Kustomize.YAML.readTree(yaml.toString());
    } catch (ReflectiveOperationException | java.io.IOException e) {
      throw new IllegalStateException("cannot generate Strimzi's CRD of " + kind, e);
    }
  }

  /** additionalProperties: false on every object schema with listed properties and nothing open. */
  static void strict(JsonNode schema) {
    if (schema instanceof ObjectNode node) {
      boolean open = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
          || node.has("additionalProperties");
      if ("object".equals(node.path("type").asText()) && node.has("properties") && !open) {
        node.set("additionalProperties", BooleanNode.FALSE);
      }
      for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
        strict(children.next());
      }
    } else if (schema != null && schema.isArray()) {
      schema.forEach(StrimziSchemas::strict);
    }
  }

  static Set<String> kinds() {
    return MODEL_CLASSES.keySet();
  }
}
