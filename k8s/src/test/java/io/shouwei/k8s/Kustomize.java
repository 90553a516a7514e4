package io.shouwei.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Renders a Kustomize directory with {@code kubectl kustomize} and splits the output into objects. */
final class Kustomize {

  static final ObjectMapper YAML = new YAMLMapper();
  private static final Map<Path, Rendered> CACHE = new ConcurrentHashMap<>();

  private Kustomize() {}

  /** One rendered overlay: its YAML text and every object in it. */
  record Rendered(Path directory, String yaml, List<ObjectNode> objects) {

    List<ObjectNode> ofKind(String kind) {
      return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    ObjectNode named(String kind, String name) {
      return ofKind(kind).stream()
          .filter(o -> name.equals(o.path("metadata").path("name").asText()))
          .findFirst()
          .orElseThrow(() -> new AssertionError(directory + " renders no " + kind + " " + name));
    }
  }

  static Rendered render(Path directory) {
    return CACHE.computeIfAbsent(directory.toAbsolutePath().normalize(), Kustomize::run);
  }

  /** Every object of a YAML stream, in order. */
  static List<ObjectNode> objects(String yaml) {
    List<ObjectNode> objects = new ArrayList<>();
    try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(new YAMLFactory().createParser(yaml))) {
      while (docs.hasNext()) {
        JsonNode doc = docs.next();
        if (doc instanceof ObjectNode object && !object.isEmpty()) {
          objects.add(object);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("rendered YAML does not parse", e);
    }
    return objects;
  }

  private static Rendered run(Path directory) {
    Path out;
    Path err;
    try {
      out = Files.createTempFile("kustomize", ".yaml");
      err = Files.createTempFile("kustomize", ".err");
      Process process;
      try {
        process = new ProcessBuilder("kubectl", "kustomize", directory.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
      } catch (IOException e) {
        throw new IllegalStateException(
            "kubectl is not on the PATH: the k8s module renders its overlays with `kubectl kustomize`"
                + " (kubectl 1.27 or newer); install kubectl or build without -pl k8s",
            e);
      }
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("kubectl kustomize " + directory + " did not finish in 120 s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "kubectl kustomize " + directory + " failed: " + Files.readString(err, StandardCharsets.UTF_8));
      }
      String yaml = Files.readString(out, StandardCharsets.UTF_8);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return new Rendered(directory, yaml, objects(yaml));
    } catch (IOException e) {
      throw new IllegalStateException("cannot run kubectl kustomize " + directory, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering " + directory, e);
    }
  }
}
