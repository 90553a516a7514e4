package io.shouwei.platform;

import io.shouwei.platform.correlation.CorrelationIdFilter;
import io.shouwei.platform.web.ProblemHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** The correlation id filter (ahead of security, so 401s carry it too) and the problem handler. */
@AutoConfiguration
@Import(ProblemHandler.class)
public class PlatformAutoConfiguration {

  @Bean
  FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
    FilterRegistrationBean<CorrelationIdFilter> bean =
        new FilterRegistrationBean<>(new CorrelationIdFilter());
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return bean;
  }
}
