package io.shouwei.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where things are: the module's folder, the repository's root, the project version. */
final class Project {

  private Project() {}

  /** The k8s module (Surefire runs in it; {@code basedir} is set by the build). */
  static Path module() {
    Path dir = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir.resolve("base"))) {
      throw new IllegalStateException(dir + " holds no base/: run the tests from the k8s module");
    }
    return dir;
  }

  static Path root() {
    return module().getParent();
  }

  static Path overlay(String name) {
    return module().resolve("overlays").resolve(name);
  }

  /** The tag every image of ours must carry: the Maven project version (set by the build). */
  static String version() {
    String version = System.getProperty("shouwei.version");
    if (version == null || version.isBlank()) {
      throw new IllegalStateException("system property shouwei.version is not set (k8s/pom.xml sets it)");
    }
    return version;
  }

  /** The registry our images are pushed to and pulled from ({@code shouwei.image.registry} of the root pom). */
  static String registry() {
    String registry = System.getProperty("shouwei.image.registry");
    if (registry == null || registry.isBlank()) {
      throw new IllegalStateException("system property shouwei.image.registry is not set (k8s/pom.xml sets it)");
    }
    return registry;
  }

  static Path applicationYml(String service) {
    return root().resolve(service).resolve("src/main/resources/application.yml");
  }
}
