package vn.congan.ceremony.testsupport;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A servlet at {@value #PATH} that reads the whole body into memory, as the old upload handler
 * did, open to anyone: what OversizedRequestE2ETest sends its bodies to. Part of every
 * {@link AbstractServerTest} context, so that the server tests share one context.
 */
@TestConfiguration
public class BodyReaderServlet {

    public static final String PATH = "/test-body-reader";
    /** The most bytes the servlet has held at once. */
    public static final AtomicLong MAX_READ = new AtomicLong();

    @Bean
    ServletRegistrationBean<HttpServlet> bodyReaderServlet() {
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                try (InputStream in = request.getInputStream()) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        all.write(buffer, 0, n);
                        MAX_READ.accumulateAndGet(all.size(), Math::max);
                    }
                }
                response.setContentType("text/plain");
                response.getWriter().print("read " + all.size() + " bytes");
            }
        };
        return new ServletRegistrationBean<>(servlet, PATH);
    }

    @Bean
    @Order(0)
    SecurityFilterChain bodyReaderOpen(HttpSecurity http) throws Exception {
        return http.securityMatcher(PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
