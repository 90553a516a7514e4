package io.shouwei.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A downstream that accepts connections, reads the request and hangs up without answering. */
public final class HangUpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final AtomicInteger connections = new AtomicInteger();

  private HangUpServer() {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::acceptAndHangUp, "hang-up-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public static HangUpServer start() {
    return new HangUpServer();
  }

  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** How many connections were accepted so far. */
  public int connections() {
    return connections.get();
  }

  private void acceptAndHangUp() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        connections.incrementAndGet();
        connection.getInputStream().read(new byte[8192]);
      } catch (IOException closedOrReset) {
        // the next connection gets the same treatment; a closed server socket ends the loop
      }
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
