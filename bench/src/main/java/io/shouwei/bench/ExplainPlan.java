package io.shouwei.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the store-growth scenario reads from PostgreSQL's {@code EXPLAIN (ANALYZE, BUFFERS)} text: how
 * each relation is scanned, the execution time, and the shared buffers of the top node.
 *
 * @param scans every scan node, in plan order
 * @param executionMillis "Execution Time", NaN when absent
 * @param sharedHit shared buffers found in PostgreSQL's cache by the whole plan (its top node)
 * @param sharedRead shared buffers read from the OS by the whole plan
 */
record ExplainPlan(List<Scan> scans, double executionMillis, long sharedHit, long sharedRead) {

  /**
   * One scan node.
   *
   * @param kind e.g. {@code Seq Scan}, {@code Index Scan}, {@code Index Only Scan Backward}, {@code
   *     Bitmap Heap Scan}, {@code Bitmap Index Scan}
   * @param index the index used, {@code null} for a sequential or bitmap heap scan
   * @param relation the table scanned; for a bitmap index scan, the table is not named and this is
   *     {@code null}
   */
  record Scan(String kind, String index, String relation) {

    boolean sequential() {
      return kind.endsWith("Seq Scan");
    }

    @Override
    public String toString() {
      return kind + (index != null ? " using " + index : "") + (relation != null ? " on " + relation : "");
    }
  }

  private static final Pattern SCAN = Pattern.compile(
      "((?:Parallel )?Seq Scan|(?:Parallel )?Index Only Scan(?: Backward)?|(?:Parallel )?Index Scan(?: Backward)?"
          + "|(?:Parallel )?Bitmap Heap Scan|Bitmap Index Scan)(?: using (\\S+))? on (\\S+)");
  private static final Pattern EXECUTION = Pattern.compile("^\\s*Execution Time: ([0-9.]+) ms");
  private static final Pattern HIT = Pattern.compile("\\bhit=(\\d+)");
  private static final Pattern READ = Pattern.compile("\\bread=(\\d+)");

  static ExplainPlan parse(List<String> lines) {
    List<Scan> scans = new ArrayList<>();
    double execution = Double.NaN;
    long hit = 0;
    long read = 0;
    boolean topBuffersSeen = false;
    boolean inPlanning = false;
    for (String line : lines) {
      Matcher scan = SCAN.matcher(line);
      if (scan.find()) {
        String kind = scan.group(1);
        boolean bitmapIndex = kind.equals("Bitmap Index Scan");
        scans.add(new Scan(kind, bitmapIndex ? scan.group(3) : scan.group(2), bitmapIndex ? null : scan.group(3)));
      }
      Matcher time = EXECUTION.matcher(line);
      if (time.find()) {
        execution = Double.parseDouble(time.group(1));
      }
      String trimmed = line.strip();
      if (trimmed.startsWith("Planning")) {
        inPlanning = true;
      }
      // the first Buffers line of the plan belongs to its top node, which sums its children
      if (!topBuffersSeen && !inPlanning && trimmed.startsWith("Buffers:") && trimmed.contains("shared")) {
        topBuffersSeen = true;
        String shared = trimmed.substring(trimmed.indexOf("shared"));
        int end = shared.indexOf(',');
        shared = end < 0 ? shared : shared.substring(0, end);
        hit = number(HIT, shared);
        read = number(READ, shared);
      }
    }
    return new ExplainPlan(List.copyOf(scans), execution, hit, read);
  }

  private static long number(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  /** Whether any node reads this table from start to end. */
  boolean sequentialScanOf(String relation) {
    return scans.stream().anyMatch(s -> s.sequential() && relation.equals(s.relation()));
  }

  /** The scan nodes, as one short line. */
  String summary() {
    return scans.isEmpty() ? "(no scan)" : String.join("; ", scans.stream().map(Scan::toString).toList());
  }
}
