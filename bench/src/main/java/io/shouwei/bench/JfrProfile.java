package io.shouwei.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service spent its CPU, from the execution samples of a JFR recording: the share of
 * samples per thread group, per method on top of the stack (self), and per method anywhere on the
 * stack (inclusive, each method counted once per sample). A Markdown section per recording.
 */
final class JfrProfile {

  private JfrProfile() {}

  /**
   * Prints the profile of recordings made by hand, e.g. {@code jcmd <pid> JFR.start
   * settings=profile} and {@code JFR.dump}: {@code java -cp <bench classpath>
   * io.shouwei.bench.JfrProfile <title> <file.jfr> [<title> <file.jfr> ...]}.
   */
  public static void main(String[] args) {
    if (args.length == 0 || args.length % 2 != 0) {
      System.err.println("usage: JfrProfile <title> <file.jfr> [<title> <file.jfr> ...]");
      System.exit(2);
    }
    for (int i = 0; i < args.length; i += 2) {
      System.out.println(markdown(args[i], Path.of(args[i + 1]), CommandPath.PROFILE_PREFIXES, 25));
    }
  }

  record Summary(int samples, Map<String, Integer> threads, Map<String, Integer> self, Map<String, Integer> inclusive) {}

  static Summary read(Path recording) {
    Map<String, Integer> threads = new LinkedHashMap<>();
    Map<String, Integer> self = new LinkedHashMap<>();
    Map<String, Integer> inclusive = new LinkedHashMap<>();
    int samples = 0;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
          continue;
        }
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
          continue;
        }
        samples++;
        String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
        threads.merge(thread == null ? "?" : thread.replaceAll("\\d+", "N"), 1, Integer::sum);
        List<RecordedFrame> frames = stack.getFrames();
        self.merge(name(frames.get(0)), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
          String name = name(frame);
          if (seen.add(name)) {
            inclusive.merge(name, 1, Integer::sum);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + recording, e);
    }
    return new Summary(samples, threads, self, inclusive);
  }

  /**
   * A Markdown section: threads, the hottest methods by self samples, and by inclusive samples
   * among those whose name starts with one of {@code prefixes} (our code and the libraries named).
   */
  static String markdown(String title, Path recording, List<String> prefixes, int rows) {
    Summary summary = read(recording);
    StringBuilder md = new StringBuilder("### ").append(title).append("\n\n");
    md.append("CPU samples: ").append(summary.samples()).append(".\n\n");
    md.append(table("thread", summary.threads(), summary.samples(), 6, List.of("")));
    md.append(table("method on top of the stack (self)", summary.self(), summary.samples(), rows, List.of("")));
    md.append(table("method anywhere on the stack (inclusive)", summary.inclusive(), summary.samples(), rows, prefixes));
    return md.toString();
  }

  private static String table(String what, Map<String, Integer> counts, int samples, int rows, List<String> prefixes) {
    StringBuilder md = new StringBuilder("| ").append(what).append(" | share of samples |\n|---|---:|\n");
    counts.entrySet().stream()
        .filter(e -> prefixes.stream().anyMatch(e.getKey()::startsWith))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(rows)
        .forEach(e -> md.append("| `").append(e.getKey()).append("` | ")
            .append(String.format("%.1f %%", 100.0 * e.getValue() / Math.max(1, samples))).append(" |\n"));
    return md.append("\n").toString();
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  /** The prefixes of {@link #markdown}'s inclusive table, as one string for a caption. */
  static String describe(List<String> prefixes) {
    return prefixes.stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "));
  }
}
