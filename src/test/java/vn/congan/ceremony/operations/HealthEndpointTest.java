package vn.congan.ceremony.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.testsupport.DatabaseOutage;
import vn.congan.ceremony.testsupport.AbstractServerTest;

/**
 * What a supervisor (systemd's health check, a load balancer, a monitoring tool) sees over HTTP
 * without logging in: the three health URLs and their bare status, nothing else of the actuator,
 * and readiness going DOWN while the database is away. Same configuration as the browser tests,
 * so the server is shared.
 */
@Tag("db")
class HealthEndpointTest extends AbstractServerTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    DataSource dataSource;

    @Test
    void theThreeHealthUrlsAnswerWithoutLoginAndSayOnlyUp() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(bare(response.body())).as(path).isEqualTo("{\"status\":\"UP\"}");
            assertThat(response.body()).as(path).doesNotContain("components", "details", "db", "jdbc", "H2", "Maria");
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).contains("json");
        }
    }

    @Test
    void nothingElseOfTheActuatorIsReachable() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/info", "/actuator/metrics", "/actuator/loggers", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/mappings", "/actuator/shutdown", "/actuator/health/db",
                "/actuator/health/diskSpace", "/actuator/health/ping"}) {
            HttpResponse<String> response = get(path);
            // Not there (404), or the login page's redirect / a refusal: never the endpoint's content.
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("propertySources", "jdbc:", "beans\"", "UP");
        }
        HttpResponse<String> shutdown = http.send(HttpRequest.newBuilder(uri("/actuator/shutdown"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(shutdown.statusCode()).isIn(302, 401, 403, 404);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsAwayAndUpWhenItIsBack() throws Exception {
        DatabaseOutage outage = DatabaseOutage.of(dataSource);
        try {
            outage.begin();
            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
            HttpResponse<String> overall = get("/actuator/health");
            assertThat(overall.statusCode()).isEqualTo(503);
            assertThat(bare(overall.body())).isEqualTo("{\"status\":\"DOWN\"}");
            // The server itself is alive: a supervisor must not restart it for the database.
            HttpResponse<String> liveness = get("/actuator/health/liveness");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
        } finally {
            outage.end();
        }
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        while (readiness.statusCode() != 200 && System.nanoTime() < end) {
            Thread.sleep(500);
            readiness = get("/actuator/health/readiness");
        }
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    /**
     * The body without the list of group names the root URL adds ({@code "groups":["liveness","readiness"]}:
     * the names of the two other URLs, no detail of the server).
     */
    private static String bare(String body) {
        return body.replace(",\"groups\":[\"liveness\",\"readiness\"]", "");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(url(path.substring(1)));
    }
}
