package io.shouwei.hazard.campaign.web;

/** The answer to a successful launch: the new campaign's id. */
public record CampaignCreated(String id) {}
