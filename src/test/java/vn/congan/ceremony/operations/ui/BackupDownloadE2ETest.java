package vn.congan.ceremony.operations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.congan.ceremony.testsupport.Browsers;
import vn.congan.ceremony.testsupport.AbstractServerTest;

/**
 * The admin's backup in a real browser session: the link on the backup page downloads a zip whose
 * script.sql holds the schema and the rows (the decisions among them), and only a logged-in
 * session gets it.
 */
@Tag("e2e")
class BackupDownloadE2ETest extends AbstractServerTest {

    @Test
    void theAdminDownloadsTheWholeDatabaseAsAZippedScript() throws Exception {
        String base = url("");
        ChromeDriver browser = loggedIn("admin");
        browser.get(base + "backup");
        WebElement link = Browsers.waitFor(browser).until(d -> d.findElement(By.id("backup-download")));
        Browsers.shoot(browser, Path.of("target", "layout-e2e", "backup-page.png"));
        String href = link.getAttribute("href");
        assertThat(href).startsWith(base);
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("ceremony-backup-").contains(".zip");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("script.sql");
            String script = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(script).contains("CREATE MEMORY TABLE \"public\".\"award_decision\"",
                    "INSERT INTO \"public\".\"award_decision\"", "INSERT INTO \"public\".\"seat_assignment\"",
                    "'organizer'");
        }

        // Without the admin's session the same link gives nothing.
        HttpResponse<byte[]> anonymous = http.send(HttpRequest.newBuilder(URI.create(href))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
    }
}
