package io.shouwei.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback ports: finding a free one, and refusing to start on a taken one with a clear message. */
public final class Ports {

  private Ports() {}

  /** A port that was free a moment ago on 127.0.0.1. */
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on the loopback interface", e);
    }
  }

  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * @throws PortInUseException naming the component and port, when something already listens there
   */
  public static void requireFree(String component, int port) {
    if (!isFree(port)) {
      throw new PortInUseException(component, port);
    }
  }

  public static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A component's port is taken by another process. */
  public static final class PortInUseException extends IllegalStateException {
    private final int port;

    public PortInUseException(String component, int port) {
      super("port " + port + " (" + component + ") is already in use by another process;"
          + " stop that process or choose another port for " + component);
      this.port = port;
    }

    public int port() {
      return port;
    }
  }
}
