package io.shouwei.hazard.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedType;

/**
 * The revision of an aggregate's snapshots, and the filter that ignores snapshots of any other
 * revision. A snapshot is a copy of the aggregate's fields, so it is only valid for the class that
 * wrote it: a new field would be missing from an older snapshot, and a changed event sourcing
 * handler would have derived other values. The revision is therefore a digest of the bytecode of
 * the aggregate class, its nested classes, and every project class ({@code io.shouwei.*}) that
 * its fields hold, recursively. Any change to these classes gives a new revision; the aggregate
 * is then loaded from all its events again, and snapshotted anew when the trigger fires. No
 * snapshot ever has to be deleted or migrated by hand.
 *
 * <p>The digest depends on the compiled classes, so a build with another compiler can invalidate
 * the snapshots too; that costs one full replay per aggregate, never a wrong state.
 */
public final class SnapshotRevisions {

  private static final String PROJECT_PACKAGE = "io.shouwei.";
  private static final int REVISION_HEX_LENGTH = 24;

  private final Map<String, String> revisionByTypeName = new LinkedHashMap<>();

  public SnapshotRevisions(Collection<Class<?>> aggregateTypes) {
    for (Class<?> type : aggregateTypes) {
      revisionByTypeName.put(type.getName(), digest(type));
    }
  }

  /** The snapshot revision of a snapshotted aggregate type; {@code null} for any other type. */
  public String revisionOf(Class<?> payloadType) {
    return revisionByTypeName.get(payloadType.getName());
  }

  /**
   * The revisions as the snapshot serializer's resolver. (This class is deliberately no {@link
   * RevisionResolver} itself: as a bean of that type it would replace the resolver of Axon's
   * general, message and event serializers.)
   */
  public RevisionResolver resolver() {
    return this::revisionOf;
  }

  /**
   * Allows a snapshot only if it is of the current revision of its aggregate type; snapshots of
   * other types pass unchanged.
   */
  public SnapshotFilter filter() {
    return snapshot -> {
      SerializedType type = snapshot.getPayload().getType();
      String current = revisionByTypeName.get(type.getName());
      return current == null || current.equals(type.getRevision());
    };
  }

  /** The digest of the aggregate class and of the project classes its state consists of. */
  static String digest(Class<?> aggregateType) {
    return digest(List.of(aggregateType));
  }

  /**
   * The digest of some classes and of the project classes their fields hold, recursively, as for
   * an aggregate; for the audit's snapshots of replayed states ({@code io.shouwei.hazard.audit}).
   * One class alone gives the digest {@link #revisionOf} gives it as an aggregate.
   */
  public static String digest(Collection<Class<?>> roots) {
    Map<String, Class<?>> classes = new TreeMap<>();
    for (Class<?> root : roots) {
      collect(root, classes);
    }
    MessageDigest sha256 = sha256();
    for (Map.Entry<String, Class<?>> entry : classes.entrySet()) {
      sha256.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
      sha256.update(bytecode(entry.getValue()));
    }
    return HexFormat.of().formatHex(sha256.digest()).substring(0, REVISION_HEX_LENGTH);
  }

  /** The names of the classes the digest covers. */
  static Set<String> covered(Class<?> aggregateType) {
    return classesOf(aggregateType).keySet();
  }

  private static Map<String, Class<?>> classesOf(Class<?> aggregateType) {
    Map<String, Class<?>> classes = new TreeMap<>();
    collect(aggregateType, classes);
    return classes;
  }

  private static void collect(Class<?> type, Map<String, Class<?>> classes) {
    if (type == null) {
      return;
    }
    if (type.isArray()) {
      collect(type.getComponentType(), classes);
      return;
    }
    if (!type.getName().startsWith(PROJECT_PACKAGE) || classes.putIfAbsent(type.getName(), type) != null) {
      return;
    }
    collect(type.getSuperclass(), classes);
    for (Class<?> nested : type.getDeclaredClasses()) {
      collect(nested, classes);
    }
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        collectAll(field.getGenericType(), classes);
      }
    }
  }

  private static void collectAll(Type type, Map<String, Class<?>> classes) {
    if (type instanceof Class<?> c) {
      collect(c, classes);
    } else if (type instanceof ParameterizedType p) {
      collectAll(p.getRawType(), classes);
      for (Type argument : p.getActualTypeArguments()) {
        collectAll(argument, classes);
      }
    } else if (type instanceof GenericArrayType array) {
      collectAll(array.getGenericComponentType(), classes);
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        collectAll(bound, classes);
      }
    } else if (type instanceof TypeVariable<?> variable) {
      for (Type bound : variable.getBounds()) {
        collectAll(bound, classes);
      }
    }
  }

  private static byte[] bytecode(Class<?> type) {
    String resource = type.getName().replace('.', '/') + ".class";
    ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The bytecode of " + type.getName() + " is not on the class path.");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bytecode of " + type.getName(), e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
