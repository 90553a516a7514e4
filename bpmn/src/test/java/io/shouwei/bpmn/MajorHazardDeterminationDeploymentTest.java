package io.shouwei.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.bpmn.MajorHazardDetermination.Inputs;
import io.shouwei.bpmn.MajorHazardDetermination.MineTypes;
import io.shouwei.bpmn.MajorHazardDetermination.Outputs;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The decision also deploys to a process engine that enforces a history time to live, and evaluates
 * there as in the standalone engine.
 */
@Deployment(resources = MajorHazardDetermination.RESOURCE)
class MajorHazardDeterminationDeploymentTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test-engine.cfg.xml").build();

  @Test
  void deploys_withItsHistoryTimeToLive_andEvaluates() {
    DecisionDefinition definition =
        engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(MajorHazardDetermination.KEY).singleResult();
    assertThat(definition).isNotNull();
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);

    Map<String, Object> variables = new HashMap<>();
    MajorHazardDeterminationModelTest.constants(Inputs.class).forEach(name -> variables.put(name, null));
    variables.put(Inputs.MINE_TYPE, MineTypes.OPEN_PIT);
    variables.put(Inputs.SLOPE_HEIGHT_METRES, 210);
    variables.put(Inputs.ONLINE_SLOPE_MONITORING, false);
    DmnDecisionResult result =
        engine.getDecisionService().evaluateDecisionByKey(MajorHazardDetermination.KEY).variables(variables).evaluate();

    assertThat(result.collectEntries(Outputs.CRITERION_CODE)).containsExactly("OP-07.1");
  }
}
