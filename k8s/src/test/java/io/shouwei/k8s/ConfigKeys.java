package io.shouwei.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The configuration a service understands, read from its {@code application.yml} (every profile):
 * the property keys, and the environment variables its placeholders name. An environment variable
 * is understood when a placeholder names it, or when Spring's relaxed binding maps it onto a key of
 * the file ({@code SPRING_KAFKA_BOOTSTRAPSERVERS} → {@code spring.kafka.bootstrap-servers}).
 */
final class ConfigKeys {

  /** Read by Spring Boot, the JVM or Axon themselves rather than through application.yml. */
  static final Set<String> PLATFORM_VARIABLES =
      Set.of("SPRING_PROFILES_ACTIVE", "JAVA_TOOL_OPTIONS", "AXONIQ_UPDATE_CHECKER_DISABLED");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-\\[\\]]+)");

  private final Set<String> placeholders = new HashSet<>();
  private final Set<String> canonicalKeys = new HashSet<>();

  private ConfigKeys() {}

  static ConfigKeys of(Path applicationYml) {
    ConfigKeys keys = new ConfigKeys();
    try (Reader reader = Files.newBufferedReader(applicationYml)) {
      for (Object document : new Yaml(new LoaderOptions()).loadAll(reader)) {
        keys.collect("", document);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + applicationYml, e);
    }
    return keys;
  }

  /** Whether setting this environment variable changes something the service reads. */
  boolean understands(String variable) {
    if (PLATFORM_VARIABLES.contains(variable) || placeholders.contains(variable)) {
      return true;
    }
    return canonicalKeys.contains(variable.toLowerCase(Locale.ROOT).replace('_', '.'));
  }

  private void collect(String prefix, Object node) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        String key = String.valueOf(k).replaceAll("^\\[(.*)]$", "$1");
        String path = prefix.isEmpty() ? key : prefix + "." + key;
        canonicalKeys.add(canonical(path));
        collect(path, v);
      });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collect(prefix, item));
    } else if (node instanceof String text) {
      Matcher m = PLACEHOLDER.matcher(text);
      while (m.find()) {
        placeholders.add(m.group(1));
      }
    }
  }

  private static String canonical(String key) {
    return key.toLowerCase(Locale.ROOT).replace("-", "");
  }
}
