package io.shouwei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts the bench stack, runs the scenarios named in the arguments ({@code gateway},
 * {@code command}, {@code lag}, {@code audit}, {@code rebuild}, or {@code all}) in that order, writes
 * their results under {@code bench/results/<date>/}, and stops the stack. Run by {@code ./bench/run}.
 */
public final class Bench {

  static final List<String> SCENARIOS = List.of("gateway", "command", "lag", "audit", "rebuild");

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Set<String> chosen = new LinkedHashSet<>();
    for (String arg : args) {
      if (arg.equals("all")) {
        chosen.addAll(SCENARIOS);
      } else if (SCENARIOS.contains(arg)) {
        chosen.add(arg);
      } else {
        System.err.println("usage: bench/run <" + String.join("|", SCENARIOS) + "|all>...");
        System.exit(2);
      }
    }
    if (chosen.isEmpty()) {
      System.err.println("usage: bench/run <" + String.join("|", SCENARIOS) + "|all>...");
      System.exit(2);
    }
    Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    Path benchDir = root.resolve("bench");
    Path dataDir = Files.createTempDirectory(benchDir.resolve("target"), "stack-");
    Results results = new Results(benchDir);
    System.out.println("Starting the bench stack (data and logs in " + dataDir + ") ...");
    try (BenchStack stack = new BenchStack(root, dataDir, 50).start()) {
      Api api = new Api(stack.gatewayUrl());
      String mineId = api.registerMine();
      for (String scenario : SCENARIOS) {
        if (!chosen.contains(scenario)) {
          continue;
        }
        System.out.println("== " + scenario);
        switch (scenario) {
          case "gateway" -> GatewayOverhead.run(stack, api, results, mineId);
          case "command" -> CommandPath.run(stack, api, results, mineId, benchDir,
              rates("bench.command.rates", "1,2,4,6"), 15, 30);
          case "lag" -> ProjectionLag.run(stack, api, results, mineId, rates("bench.lag.rates", "20"), 10, 45);
          case "audit" -> AuditReplay.run(stack, api, results, mineId);
          case "rebuild" -> {
            Rebuild.run(stack, api, results, null);
            if (Boolean.getBoolean("bench.jfr")) {
              Rebuild.run(stack, api, results, results.dir().resolve("raw/rebuild.jfr"));
            }
          }
          default -> throw new IllegalStateException(scenario);
        }
      }
    }
    System.out.println("Results in " + results.dir());
  }

  private static List<Double> rates(String property, String fallback) {
    return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim).map(Double::parseDouble).toList();
  }
}
