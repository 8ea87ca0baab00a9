package vn.congan.ceremony.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link RequestSizeLimitFilter} in front of every other filter and servlet, for every path. */
@Configuration
public class RequestSizeLimitConfiguration {

    @Bean
    RequestSizeLimitFilter requestSizeLimitFilter() {
        return new RequestSizeLimitFilter();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitRegistration(RequestSizeLimitFilter filter) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("requestSizeLimit");
        return registration;
    }
}
