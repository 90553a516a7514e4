package io.shouwei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts the bench stack, runs the scenarios named in the arguments ({@code gateway},
 * {@code command}, {@code lag}, {@code audit}, {@code camunda}, {@code growth}, {@code rebuild}, or
 * {@code all}) in that order, writes
 * their results under {@code bench/results/<date>/}, and stops the stack. Run by {@code ./bench/run}.
 */
public final class Bench {

  static final List<String> SCENARIOS = List.of("gateway", "command", "lag", "audit", "camunda", "growth", "rebuild");

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
    List<String> failed = new java.util.ArrayList<>();
    System.out.println("Starting the bench stack (data and logs in " + dataDir + ") ...");
    try (BenchStack stack = new BenchStack(root, dataDir, 50).start()) {
      Api api = new Api(stack.gatewayUrl());
      String mineId = warmUp(stack, api);
      for (String scenario : SCENARIOS) {
        if (!chosen.contains(scenario)) {
          continue;
        }
        System.out.println("== " + scenario);
        try {
          run(scenario, stack, api, results, mineId, benchDir);
        } catch (RuntimeException e) {
          failed.add(scenario);
          System.err.println("scenario " + scenario + " failed:");
          e.printStackTrace();
        }
      }
    }
    System.out.println("Results in " + results.dir() + (failed.isEmpty() ? "" : "; failed: " + failed));
    System.exit(failed.isEmpty() ? 0 : 1);
  }

  private static void run(String scenario, BenchStack stack, Api api, Results results, String mineId, Path benchDir) {
    switch (scenario) {
      case "gateway" -> GatewayOverhead.run(stack, api, results, mineId);
      case "command" -> CommandPath.run(stack, api, results, mineId, benchDir,
          rates("bench.command.rates", "0.5,1,2,4,8"), Integer.getInteger("bench.command.warmup", 60), 30);
      case "lag" -> ProjectionLag.run(stack, api, results, mineId, rates("bench.lag.rates", "5,20,50"),
          rates("bench.lag.store-rates", "200"), 10, 30);
      case "audit" -> AuditReplay.run(stack, api, results, mineId);
      case "camunda" -> CamundaRates.run(stack, api, results, mineId, Integer.getInteger("bench.camunda.instances", 500),
          Integer.getInteger("bench.camunda.clients", 4));
      case "growth" -> StoreGrowth.run(stack, api, results, mineId, sizes("bench.growth.sizes", "10000,100000,1000000"),
          Integer.getInteger("bench.growth.clients", 4), Integer.getInteger("bench.growth.warmup", 20),
          Integer.getInteger("bench.growth.seconds", 60));
      case "rebuild" -> {
        if (Boolean.getBoolean("bench.jfr")) {
          Rebuild.run(stack, api, results, results.dir().resolve("raw/rebuild.jfr"), List.of());
        }
        Rebuild.run(stack, api, results, null, sizes("bench.rebuild.sizes", "100000"));
      }
      default -> throw new IllegalStateException(scenario);
    }
  }

  /**
   * Services just started answer their first requests slowly (class loading, JIT, pools): report
   * hazards straight to hazard-service until one succeeds, then a few through the gateway.
   */
  private static String warmUp(BenchStack stack, Api api) throws InterruptedException {
    long deadline = System.nanoTime() + 300_000_000_000L;
    String mineId = null;
    while (true) {
      try {
        mineId = mineId == null ? api.registerMine() : mineId;
        api.reportHazard(stack.serviceUrl(BenchStack.HAZARD), mineId);
        break;
      } catch (RuntimeException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        System.out.println("warming up: " + e.getMessage());
        Thread.sleep(2000);
      }
    }
    for (int i = 0; i < 30; i++) {
      try {
        api.reportHazard(stack.gatewayUrl(), mineId);
      } catch (RuntimeException e) {
        System.out.println("warming up: " + e.getMessage());
      }
    }
    return mineId;
  }

  /** Record counts such as {@code 100000,1000000}; none for an empty value. */
  private static List<Long> sizes(String property, String fallback) {
    return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim)
        .filter(v -> !v.isEmpty()).map(Long::parseLong).toList();
  }

  private static List<Double> rates(String property, String fallback) {
    return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim).filter(r -> !r.isEmpty())
        .map(Double::parseDouble).toList();
  }
}
