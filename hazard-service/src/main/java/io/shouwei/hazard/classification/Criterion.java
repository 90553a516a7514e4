package io.shouwei.hazard.classification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A criterion of the 2022 standard for major accident hazards of metal and non-metal mines
 * (矿安〔2022〕88号), as listed in {@code criteria/major-hazard-criteria.json} of module bpmn.
 *
 * @param code e.g. {@code OP-07.1}
 * @param mineType the mine type it applies to: {@code UNDERGROUND}, {@code OPEN_PIT} or {@code TAILINGS_POND}
 * @param article where it stands in the standard, e.g. {@code 二、(七)第1项}
 * @param textZh its text in Chinese
 * @param textEn its text in English
 * @param confirmed whether the text was confirmed against a published source; the decision cites
 *     confirmed criteria only
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Criterion(
    @JsonProperty("code") String code,
    @JsonProperty("mineType") String mineType,
    @JsonProperty("article") String article,
    @JsonProperty("zh") String textZh,
    @JsonProperty("en") String textEn,
    @JsonProperty("confirmed") boolean confirmed) {}
