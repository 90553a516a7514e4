package io.shouwei.local;

import io.shouwei.embedded.Ports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code start} (the default) runs the local stack in the foreground until Ctrl-C or {@code stop};
 * {@code stop} asks a running stack to shut down cleanly. Run through the {@code ./shouwei} script.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "start" : args[0];
    Path root = Path.of(System.getProperty("shouwei.root", ".")).toAbsolutePath().normalize();
    StackConfig config;
    try {
      config = StackConfig.fromEnvironment(root);
    } catch (IllegalArgumentException e) {
      System.err.println("shouwei: " + e.getMessage());
      System.exit(2);
      return;
    }
    switch (command) {
      case "start" -> System.exit(start(config));
      case "stop" -> System.exit(stop(config));
      default -> {
        System.err.println("usage: shouwei [start|stop]");
        System.exit(2);
      }
    }
  }

  static int start(StackConfig config) throws IOException, InterruptedException {
    Path pidFile = config.dataDir().resolve("stack.pid");
    Optional<ProcessHandle> running = runningStack(pidFile);
    if (running.isPresent()) {
      System.err.println("shouwei: a local stack is already running (pid " + running.get().pid()
          + "); stop it with ./shouwei stop");
      return 1;
    }
    Files.createDirectories(config.dataDir());
    System.out.println("Starting Shouwei (data in " + config.dataDir() + ", logs in "
        + config.dataDir().resolve("logs") + ") ...");
    LocalStack stack = new LocalStack(config);
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean up = new AtomicBoolean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!up.get()) {
        stack.close(); // a start that failed or was interrupted: stop quietly what it began
        return;
      }
      System.out.println("\nStopping Shouwei ...");
      stack.close();
      try {
        Files.deleteIfExists(pidFile);
      } catch (IOException ignored) {
        // best effort: a stale pid file is detected on the next start
      }
      System.out.println("Stopped.");
      stopped.countDown();
    }, "shouwei-stop"));
    try {
      stack.start();
    } catch (Ports.PortInUseException e) {
      System.err.println("shouwei: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      System.err.println("shouwei: the stack did not start: " + e.getMessage());
      return 1;
    }
    Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
    up.set(true);
    System.out.println(Banner.ready(config, stack.startupTime(), stack.residentMemoryMiB()));
    stopped.await();
    return 0;
  }

  static int stop(StackConfig config) throws InterruptedException {
    Path pidFile = config.dataDir().resolve("stack.pid");
    Optional<ProcessHandle> running = runningStack(pidFile);
    if (running.isEmpty()) {
      System.out.println("No local stack is running.");
      return 0;
    }
    ProcessHandle handle = running.get();
    System.out.println("Stopping the local stack (pid " + handle.pid() + ") ...");
    handle.destroy();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (handle.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    if (handle.isAlive()) {
      System.err.println("shouwei: the stack did not stop within 90 s (pid " + handle.pid() + ")");
      return 1;
    }
    System.out.println("Stopped.");
    return 0;
  }

  private static Optional<ProcessHandle> runningStack(Path pidFile) {
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(h -> h.info().commandLine().map(c -> c.contains(Main.class.getName())).orElse(false));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
