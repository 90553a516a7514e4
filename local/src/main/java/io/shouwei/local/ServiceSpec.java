package io.shouwei.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Shouwei service as the local stack runs it: its module's executable jar, its port, its heap
 * and its environment.
 */
record ServiceSpec(String module, int port, String heap, Map<String, String> env) {

  /** {@code <root>/<module>/target/<module>-*-exec.jar}, built by {@code mvn package}. */
  Path jar(Path root) {
    Path target = root.resolve(module).resolve("target");
    try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(module + "-"))
          .filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException(
                  "no executable jar for " + module + " in " + target
                      + ": build it first (mvn -DskipTests package)"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> jvmArgs() {
    return List.of(
        "-Xmx" + heap,
        "-XX:+UseSerialGC",
        "-Xss512k",
        "-XX:ReservedCodeCacheSize=64m",
        "-Daxoniq.update-checker.disabled=true",
        "-Dfile.encoding=UTF-8");
  }

  String healthUrl() {
    return "http://127.0.0.1:" + port + "/actuator/health/readiness";
  }
}
