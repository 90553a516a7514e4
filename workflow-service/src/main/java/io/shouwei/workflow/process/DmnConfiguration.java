package io.shouwei.workflow.process;

import io.shouwei.bpmn.feel.ParsedOnceFeelEngine;
import io.shouwei.bpmn.feel.ParsedOnceFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process engine's DMN engine evaluates FEEL with {@link ParsedOnceFeelEngine}, which parses
 * each expression of the deployed decisions once (the default parses them on every evaluation;
 * the major-hazard decision runs for every reported hazard).
 */
@Configuration(proxyBeanMethods = false)
class DmnConfiguration {

  @Bean
  ProcessEnginePlugin parsedOnceFeel() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDmnEngineConfiguration(ParsedOnceFeelEngineFactory.dmnEngineConfiguration());
      }
    };
  }
}
