package io.shouwei.bpmn;

import io.shouwei.bpmn.CampaignProcess.Elements;

/** The model of {@value CampaignProcess#KEY} and its constants class agree. */
class CampaignModelTest extends ProcessModelChecks {

  @Override
  String resource() {
    return CampaignProcess.RESOURCE;
  }

  @Override
  String key() {
    return CampaignProcess.KEY;
  }

  @Override
  String historyTimeToLive() {
    return CampaignProcess.HISTORY_TIME_TO_LIVE;
  }

  @Override
  Class<?> elements() {
    return Elements.class;
  }

  @Override
  Class<?> messages() {
    return CampaignProcess.Messages.class;
  }
}
