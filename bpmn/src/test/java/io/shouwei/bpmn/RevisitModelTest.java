package io.shouwei.bpmn;

import io.shouwei.bpmn.RevisitProcess.Elements;

/** The model of {@value RevisitProcess#KEY} and its constants class agree. */
class RevisitModelTest extends ProcessModelChecks {

  @Override
  String resource() {
    return RevisitProcess.RESOURCE;
  }

  @Override
  String key() {
    return RevisitProcess.KEY;
  }

  @Override
  String historyTimeToLive() {
    return RevisitProcess.HISTORY_TIME_TO_LIVE;
  }

  @Override
  Class<?> elements() {
    return Elements.class;
  }

  @Override
  Class<?> messages() {
    return RevisitProcess.Messages.class;
  }
}
