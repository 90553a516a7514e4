package io.shouwei.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server speaking the MongoDB wire protocol (mongo-java-server), in this JVM. Clients use the
 * official MongoDB driver against it, exactly as against a real {@code mongod}. What it lacks:
 * multi-document transactions and the {@code hello} handshake of Boot's health indicator.
 */
public final class MongoWireServer implements AutoCloseable {

  private static volatile MongoWireServer shared;

  private final MongoServer server;
  private final int port;

  private MongoWireServer(MongoBackend backend, int port) {
    this.server = new MongoServer(backend);
    server.bind("127.0.0.1", port);
    this.port = server.getLocalAddress().getPort();
  }

  /** A memory-backed server on a free port. */
  public static MongoWireServer inMemory() {
    return new MongoWireServer(new MemoryBackend(), 0);
  }

  /** The memory-backed server shared by the tests of this JVM, closed at exit. */
  public static synchronized MongoWireServer shared() {
    if (shared == null) {
      shared = inMemory();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop-mongo-wire"));
    }
    return shared;
  }

  /** A server that keeps its data in an H2 file, so that it survives restarts. */
  public static MongoWireServer persistent(Path file, int port) {
    Ports.requireFree("MongoDB-wire server", port);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MongoWireServer(new H2Backend(file.toAbsolutePath().toString()), port);
  }

  public int port() {
    return port;
  }

  public String connectionString(String database) {
    return "mongodb://127.0.0.1:" + port + "/" + database;
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
