package io.shouwei.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.bpmn.OrderToStopProcess.Elements;
import io.shouwei.bpmn.OrderToStopProcess.Variables;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.Test;

/** The model of {@value OrderToStopProcess#KEY} and its constants class agree. */
class OrderToStopModelTest extends ProcessModelChecks {

  @Override
  String resource() {
    return OrderToStopProcess.RESOURCE;
  }

  @Override
  String key() {
    return OrderToStopProcess.KEY;
  }

  @Override
  String historyTimeToLive() {
    return OrderToStopProcess.HISTORY_TIME_TO_LIVE;
  }

  @Override
  Class<?> elements() {
    return Elements.class;
  }

  @Override
  Class<?> messages() {
    return OrderToStopProcess.Messages.class;
  }

  @Test
  void enforcement_isAnAsynchronousJob_retriedByTheCycleOfItsVariable() {
    ServiceTask enforce = model().getModelElementById(Elements.TASK_ENFORCE_STOP);

    assertThat(enforce.isCamundaAsyncBefore()).isTrue();
    assertThat(enforce.getCamundaDelegateExpression()).isEqualTo("${" + DelegateBeans.ENFORCE_STOP + "}");
    assertThat(enforce.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
            .singleResult().getTextContent())
        .isEqualTo("${" + Variables.ENFORCE_STOP_RETRIES + "}");
  }

  @Test
  void reviewDueDate_isSetWhenTheReviewStarts_fromTheReviewPeriod() {
    UserTask review = model().getModelElementById(Elements.TASK_REVIEW_RESUMPTION);

    assertThat(review.getCamundaDueDate()).isEqualTo("${" + Variables.REVIEW_DUE_DATE + "}");
  }
}
