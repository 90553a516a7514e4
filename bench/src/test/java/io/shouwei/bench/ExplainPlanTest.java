package io.shouwei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainPlanTest {

  @Test
  void anIndexScanWithItsIndexTimeAndTopBuffers() {
    ExplainPlan plan = ExplainPlan.parse(List.of(
        "Index Scan using domainevententry_aggregateidentifier_sequencenumber_key on domainevententry  (cost=0.41..8.43 rows=1 width=682) (actual time=0.012..0.013 rows=5 loops=1)",
        "  Index Cond: (((aggregateidentifier)::text = ($1)::text) AND (sequencenumber >= $2) AND (sequencenumber < $3))",
        "  Buffers: shared hit=4 read=3",
        "Planning:",
        "  Buffers: shared hit=82",
        "Planning Time: 0.205 ms",
        "Execution Time: 0.029 ms"));

    assertThat(plan.scans()).containsExactly(new ExplainPlan.Scan("Index Scan",
        "domainevententry_aggregateidentifier_sequencenumber_key", "domainevententry"));
    assertThat(plan.executionMillis()).isEqualTo(0.029);
    assertThat(plan.sharedHit()).isEqualTo(4);
    assertThat(plan.sharedRead()).isEqualTo(3);
    assertThat(plan.sequentialScanOf("domainevententry")).isFalse();
    assertThat(plan.summary()).isEqualTo(
        "Index Scan using domainevententry_aggregateidentifier_sequencenumber_key on domainevententry");
  }

  @Test
  void nestedBitmapScansAreEachNamed_theTopNodesBuffersCountNotTheChildrens() {
    ExplainPlan plan = ExplainPlan.parse(List.of(
        "Sort  (cost=280.50..280.76 rows=103 width=682) (actual time=0.039..0.043 rows=103 loops=1)",
        "  Sort Key: globalindex",
        "  Buffers: shared hit=13, temp read=2 written=2",
        "  ->  Bitmap Heap Scan on domainevententry  (cost=18.22..277.06 rows=103 width=682) (actual time=0.011..0.024 rows=103 loops=1)",
        "        Recheck Cond: (((globalindex > '19900'::bigint) AND (globalindex <= '20000'::bigint)) OR (globalindex = ANY ('{19850,19860,19870}'::bigint[])))",
        "        Buffers: shared hit=13",
        "        ->  BitmapOr  (cost=18.22..18.22 rows=103 width=0) (actual time=0.008..0.008 rows=0 loops=1)",
        "              ->  Bitmap Index Scan on domainevententry_pkey  (cost=0.00..5.29 rows=100 width=0) (actual time=0.005..0.005 rows=100 loops=1)",
        "                    Buffers: shared hit=2",
        "              ->  Index Only Scan Backward using domainevententry_pkey on domainevententry  (cost=0.29..0.31 rows=1 width=8)",
        "Planning Time: 0.085 ms",
        "Execution Time: 0.063 ms"));

    assertThat(plan.scans()).containsExactly(
        new ExplainPlan.Scan("Bitmap Heap Scan", null, "domainevententry"),
        new ExplainPlan.Scan("Bitmap Index Scan", "domainevententry_pkey", null),
        new ExplainPlan.Scan("Index Only Scan Backward", "domainevententry_pkey", "domainevententry"));
    assertThat(plan.sharedHit()).isEqualTo(13);
    assertThat(plan.sharedRead()).as("temp read is not a shared buffer").isZero();
    assertThat(plan.sequentialScanOf("domainevententry")).isFalse();
  }

  @Test
  void aSequentialScanIsReportedForItsTableOnly() {
    ExplainPlan plan = ExplainPlan.parse(List.of(
        "Seq Scan on domainevententry  (cost=0.00..827.01 rows=20001 width=682) (actual time=0.003..3.669 rows=20001 loops=1)",
        "  Filter: (((\"timestamp\")::text > '2025'::text) AND ((payloadtype)::text = 'T'::text))",
        "  Buffers: shared hit=527",
        "Planning Time: 0.024 ms",
        "Execution Time: 4.284 ms"));

    assertThat(plan.sequentialScanOf("domainevententry")).isTrue();
    assertThat(plan.sequentialScanOf("snapshotevententry")).isFalse();
    assertThat(plan.executionMillis()).isEqualTo(4.284);
  }

  @Test
  void withoutExecutionTimeOrScanTheFiguresAreEmpty() {
    ExplainPlan plan = ExplainPlan.parse(List.of("Result  (cost=0.00..0.01 rows=1 width=4)"));

    assertThat(plan.scans()).isEmpty();
    assertThat(plan.executionMillis()).isNaN();
    assertThat(plan.summary()).isEqualTo("(no scan)");
  }
}
