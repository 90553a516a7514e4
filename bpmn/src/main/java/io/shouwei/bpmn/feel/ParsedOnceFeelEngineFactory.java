package io.shouwei.bpmn.feel;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;

/** Makes {@link ParsedOnceFeelEngine}s; set it as a DMN engine's FEEL engine factory. */
public class ParsedOnceFeelEngineFactory extends ScalaFeelEngineFactory {

  @Override
  public FeelEngine createInstance() {
    return new ParsedOnceFeelEngine(customFunctionProviders == null ? List.of() : customFunctionProviders);
  }

  /** Camunda's default DMN engine configuration, with FEEL expressions parsed once. */
  public static DefaultDmnEngineConfiguration dmnEngineConfiguration() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new ParsedOnceFeelEngineFactory());
    return configuration;
  }
}
