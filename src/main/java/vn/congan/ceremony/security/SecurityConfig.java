package vn.congan.ceremony.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.congan.ceremony.security.ui.LoginView;

/** Vaadin view security: every view says who may open it; the rest needs a login. */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginHardening login) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(path.matcher("/images/**")).permitAll()
                .requestMatchers(path.matcher("/icons/**")).permitAll()
                // Health for supervisors: exactly these three, without login, status only (application.properties).
                .requestMatchers(path.matcher("/actuator/health"), path.matcher("/actuator/health/liveness"),
                        path.matcher("/actuator/health/readiness")).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        login.apply(http); // after Vaadin's configurer, so that the form login keeps Vaadin's login page
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
