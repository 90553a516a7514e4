package io.shouwei.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structural checks of the CloudNativePG and MongoDB Community custom resources, whose CRD schemas
 * are not available offline: the kind and version are known, every field of the levels we write
 * is one the operator's API defines (so a typo fails), and what we rely on is present.
 */
final class CustomResources {

  /** apiVersion/kind → the fields allowed at each path we write (a subset of the operator's API). */
  private static final Map<String, Map<String, Set<String>>> KNOWN = Map.of(
      "postgresql.cnpg.io/v1/Cluster", Map.of(
          "", Set.of("apiVersion", "kind", "metadata", "spec"),
          "spec", Set.of("instances", "imageName", "primaryUpdateStrategy", "minSyncReplicas", "maxSyncReplicas",
              "storage", "walStorage", "resources", "affinity", "postgresql", "bootstrap", "managed", "monitoring",
              "backup", "enableSuperuserAccess", "superuserSecret", "description", "startDelay", "stopDelay",
              "switchoverDelay", "failoverDelay", "smartShutdownTimeout", "priorityClassName", "env", "certificates"),
          "spec.storage", Set.of("size", "storageClass", "resizeInUseVolumes", "pvcTemplate"),
          "spec.affinity", Set.of("enablePodAntiAffinity", "topologyKey", "podAntiAffinityType", "nodeSelector",
              "tolerations", "nodeAffinity", "additionalPodAntiAffinity", "additionalPodAffinity"),
          "spec.postgresql", Set.of("parameters", "pg_hba", "pg_ident", "synchronous", "shared_preload_libraries",
              "ldap", "promotionTimeout", "enableAlterSystem"),
          "spec.bootstrap", Set.of("initdb", "recovery", "pg_basebackup"),
          "spec.bootstrap.initdb", Set.of("database", "owner", "secret", "options", "encoding", "localeCollate",
              "localeCType", "dataChecksums", "walSegmentSize", "postInitSQL", "postInitApplicationSQL",
              "postInitTemplateSQL", "postInitApplicationSQLRefs", "import"),
          "spec.managed", Set.of("roles", "services")),
      "postgresql.cnpg.io/v1/Database", Map.of(
          "", Set.of("apiVersion", "kind", "metadata", "spec"),
          "spec", Set.of("name", "owner", "cluster", "ensure", "template", "encoding", "locale", "localeProvider",
              "localeCollate", "localeCType", "isTemplate", "allowConnections", "connectionLimit", "tablespace",
              "databaseReclaimPolicy", "schemas", "extensions"),
          "spec.cluster", Set.of("name")),
      "mongodbcommunity.mongodb.com/v1/MongoDBCommunity", Map.of(
          "", Set.of("apiVersion", "kind", "metadata", "spec"),
          "spec", Set.of("members", "arbiters", "type", "version", "featureCompatibilityVersion", "security", "users",
              "additionalMongodConfig", "statefulSet", "replicaSetHorizons", "prometheus", "agent",
              "additionalConnectionStringConfig", "memberConfig", "automationConfig"),
          "spec.security", Set.of("authentication", "tls", "roles"),
          "spec.security.authentication", Set.of("modes", "ignoreUnknownUsers", "agentMode", "agentCertificateSecretRef"),
          "spec.statefulSet", Set.of("spec", "metadata")));

  private static final Set<String> MANAGED_ROLE_FIELDS = Set.of("name", "ensure", "login", "passwordSecret",
      "comment", "superuser", "createdb", "createrole", "inherit", "replication", "bypassrls", "connectionLimit",
      "validUntil", "inRoles", "disablePassword");
  private static final Set<String> MONGO_USER_FIELDS = Set.of("name", "db", "passwordSecretRef", "roles",
      "scramCredentialsSecretName", "connectionStringSecretName", "connectionStringSecretNamespace",
      "additionalConnectionStringConfig");

  private CustomResources() {}

  static boolean isChecked(JsonNode object) {
    return KNOWN.containsKey(key(object));
  }

  static List<String> violations(ObjectNode object) {
    String id = object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
    List<String> violations = new ArrayList<>();
    Map<String, Set<String>> known = KNOWN.get(key(object));
    if (known == null) {
      violations.add(id + ": unknown custom resource " + key(object));
      return violations;
    }
    known.forEach((path, fields) -> unknown(id, path, at(object, path), fields, violations));
    JsonNode spec = object.path("spec");
    switch (object.path("kind").asText()) {
      case "Cluster" -> {
        require(id, spec.path("instances").asInt() >= 3, "spec.instances is at least 3", violations);
        require(id, spec.path("storage").path("size").isTextual(), "spec.storage.size is set", violations);
        require(id, spec.path("imageName").asText().matches(".+:[0-9][^:]*"), "spec.imageName carries a version tag", violations);
        for (JsonNode role : spec.path("managed").path("roles")) {
          unknown(id, "spec.managed.roles[" + role.path("name").asText() + "]", role, MANAGED_ROLE_FIELDS, violations);
          require(id, role.path("passwordSecret").path("name").isTextual(),
              "managed role " + role.path("name").asText() + " takes its password from a secret", violations);
        }
      }
      case "Database" -> {
        require(id, spec.path("name").isTextual() && spec.path("owner").isTextual(), "spec.name and spec.owner are set", violations);
        require(id, spec.path("cluster").path("name").isTextual(), "spec.cluster.name is set", violations);
      }
      case "MongoDBCommunity" -> {
        require(id, spec.path("members").asInt() >= 3, "spec.members is at least 3", violations);
        require(id, "ReplicaSet".equals(spec.path("type").asText()), "spec.type is ReplicaSet", violations);
        require(id, spec.path("version").asText().matches("\\d+\\.\\d+\\.\\d+"), "spec.version is a full version", violations);
        for (JsonNode user : spec.path("users")) {
          unknown(id, "spec.users[" + user.path("name").asText() + "]", user, MONGO_USER_FIELDS, violations);
          require(id, user.path("passwordSecretRef").path("name").isTextual(),
              "user " + user.path("name").asText() + " takes its password from a secret", violations);
        }
      }
      default -> { }
    }
    return violations;
  }

  private static String key(JsonNode object) {
    return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
  }

  private static JsonNode at(JsonNode object, String path) {
    JsonNode node = object;
    if (!path.isEmpty()) {
      for (String part : path.split("\\.")) {
        node = node.path(part);
      }
    }
    return node;
  }

  private static void unknown(String id, String path, JsonNode node, Set<String> fields, List<String> violations) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        violations.add(id + ": unknown field " + (path.isEmpty() ? "" : path + ".") + name);
      }
    }
  }

  private static void require(String id, boolean holds, String what, List<String> violations) {
    if (!holds) {
      violations.add(id + ": expected " + what);
    }
  }
}
