package vn.congan.ceremony.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production run as the repository ships it: the systemd unit restarts the portal whatever
 * ends it and runs it with -XX:+ExitOnOutOfMemoryError (as README says), and the liveness check
 * script restarts a portal that is up but does not answer, and only then.
 */
class DeploymentFilesTest {

    static final Path DEPLOY = Path.of("deploy");

    @TempDir
    Path dir;

    @Test
    void theUnitRestartsThePortalAlwaysAndRunsItWithExitOnOutOfMemoryError() throws IOException {
        String unit = Files.readString(DEPLOY.resolve("ceremony-portal.service"));
        String execStart = unit.lines().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
        assertThat(execStart).contains("java -XX:+ExitOnOutOfMemoryError -Xmx").contains(" -jar ")
                .endsWith("ceremony-portal.jar");
        assertThat(unit.lines()).contains("Restart=always", "RestartSec=5", "StartLimitIntervalSec=0",
                "User=ceremony", "EnvironmentFile=/etc/ceremony-portal/portal.env",
                "WorkingDirectory=/var/lib/ceremony-portal", "WantedBy=multi-user.target");
        // README's production command is the same kind of command.
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("java -XX:+ExitOnOutOfMemoryError -Xmx1g -jar target/ceremony-portal-1.0.0-SNAPSHOT.jar")
                .contains("deploy/ceremony-portal.service").contains("docs/operations.md");
        assertThat(Files.readString(DEPLOY.resolve("ceremony-portal-health.timer"))).contains("OnUnitActiveSec=30s");
        assertThat(Files.readString(DEPLOY.resolve("ceremony-portal-health.service")))
                .contains("ExecStart=/opt/ceremony-portal/ceremony-portal-health.sh");
    }

    @Test
    void theLivenessCheckLeavesAnAnsweringPortalAlone() throws Exception {
        HttpServer up = server(200, "{\"status\":\"UP\"}");
        try {
            assertThat(runCheck("http://127.0.0.1:" + up.getAddress().getPort() + "/actuator/health/liveness"))
                    .doesNotContain("restart ceremony-portal.service");
        } finally {
            up.stop(0);
        }
    }

    @Test
    void theLivenessCheckRestartsAPortalThatAcceptsConnectionsButNeverAnswers() throws Exception {
        // A listening socket nobody reads from: the connection is accepted, no answer ever comes.
        try (ServerSocket hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(runCheck("http://127.0.0.1:" + hung.getLocalPort() + "/actuator/health/liveness"))
                    .contains("restart ceremony-portal.service");
        }
    }

    @Test
    void theLivenessCheckRestartsAPortalThatSaysDownOrIsGone() throws Exception {
        HttpServer down = server(503, "{\"status\":\"DOWN\"}");
        try {
            assertThat(runCheck("http://127.0.0.1:" + down.getAddress().getPort() + "/actuator/health/liveness"))
                    .contains("restart ceremony-portal.service");
        } finally {
            down.stop(0);
        }
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertThat(runCheck("http://127.0.0.1:" + closed + "/actuator/health/liveness"))
                .contains("restart ceremony-portal.service");
    }

    /** Runs the check script with a stand-in systemctl that records its calls; returns them. */
    private String runCheck(String url) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("systemctl.log");
        Files.deleteIfExists(log);
        Path systemctl = bin.resolve("systemctl");
        Files.writeString(systemctl, """
                #!/bin/sh
                echo "$*" >> "$SYSTEMCTL_LOG"
                case "$1" in
                  is-active) exit 0 ;;
                  show) echo 1 ;;
                esac
                """);
        Files.setPosixFilePermissions(systemctl, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder("sh", DEPLOY.resolve("ceremony-portal-health.sh").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("SYSTEMCTL_LOG", log.toString());
        pb.environment().put("PORTAL_HEALTH_URL", url);
        pb.environment().put("PORTAL_HEALTH_TIMEOUT", "1");
        pb.environment().put("PORTAL_HEALTH_PAUSE", "0");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
        assertThat(calls).as("it looked whether the portal runs").anyMatch(c -> c.startsWith("is-active"));
        return String.join("\n", calls);
    }

    private static HttpServer server(int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/health/liveness", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }
}
