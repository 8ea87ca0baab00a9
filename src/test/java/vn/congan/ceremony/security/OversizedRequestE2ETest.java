package vn.congan.ceremony.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congan.ceremony.award.importer.RealListFixture;
import vn.congan.ceremony.common.spreadsheet.RawXlsx;
import vn.congan.ceremony.testsupport.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.testsupport.AbstractServerTest;
import vn.congan.ceremony.testsupport.BodyReaderServlet;

/**
 * A raw 200 MB POST against the running server, as the attacker sent it: with a declared
 * length to the shape of a Vaadin upload URL, and chunked (no length) to a servlet that reads the
 * whole body into memory the way the old in-memory upload handler did. Both are refused while
 * the body arrives (413, or the connection closed), the servlet never holds more than the cap,
 * and the portal answers its login page afterwards. The bodies are generated as they are sent,
 * never held by the test. From a real browser, a list still reaches the import preview, and a
 * generated sheet of 1,000,000 rows gets the row limit's message while the portal goes on.
 */
@Tag("e2e")
class OversizedRequestE2ETest extends AbstractServerTest {

    private static final long BODY = 200L * 1024 * 1024;

    @Autowired
    RequestSizeLimitFilter filter;

    @Autowired
    JdbcTemplate jdbc;


    @Test
    void aRaw200MegabytePostWithItsLengthIsRefusedAt413BeforeItIsRead() throws Exception {
        long refusedBefore = filter.refusedCount();
        HttpURLConnection post = (HttpURLConnection) URI.create(
                url("VAADIN/dynamic/resource/1/0a0b0c0d-0000-0000-0000-000000000000/upload")).toURL().openConnection();
        post.setRequestMethod("POST");
        post.setDoOutput(true);
        post.setRequestProperty("Content-Type", "application/octet-stream");
        post.setFixedLengthStreamingMode(BODY);
        post.setReadTimeout(30_000);

        Integer status = sendAndReadStatus(post);

        assertThat(status == null || status == 413).as("refused: 413 or connection closed, got " + status).isTrue();
        assertThat(filter.refusedCount()).isEqualTo(refusedBefore + 1);
        assertTheServerStillAnswers();
    }

    @Test
    void aChunked200MegabytePostIsCutOffAtTheCapWhileItIsRead() throws Exception {
        long refusedBefore = filter.refusedCount();
        BodyReaderServlet.MAX_READ.set(0);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(BodyReaderServlet.PATH.substring(1))))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(BODY)))
                .build();

        Integer status;
        try {
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException closed) {
            status = null;
        }

        assertThat(status == null || status == 413).as("refused: 413 or connection closed, got " + status).isTrue();
        assertThat(filter.refusedCount()).isEqualTo(refusedBefore + 1);
        assertThat(BodyReaderServlet.MAX_READ.get()).as("bytes the servlet got")
                .isLessThanOrEqualTo(RequestSizeLimitFilter.MAX_REQUEST_BYTES);
        assertTheServerStillAnswers();
    }

    @Test
    void aSmallChunkedPostStillGoesThrough() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(BodyReaderServlet.PATH.substring(1))))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(1024 * 1024)))
                .build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("read 1048576 bytes");
    }

    @Test
    void aListUploadedFromTheBrowserStillReachesThePreview() throws Exception {
        Browsers.require();
        inTheImportDialog(browser -> {
            upload(browser, "danh-sach.xlsx", new RealListFixture().workbook.xlsx());

            Browsers.waitFor(browser).until(d -> d.findElements(By.cssSelector(".import-summary")).stream()
                    .anyMatch(e -> e.getText().contains("đọc được 134 dòng")));
        });
    }

    @Test
    void aMillionRowSheetUploadedFromTheBrowserGetsTheRowLimitAndThePortalGoesOn() throws Exception {
        Browsers.require();
        byte[] million = RawXlsx.millionRows();
        assertThat(million.length).isLessThan(10 * 1024 * 1024);
        inTheImportDialog(browser -> {
            upload(browser, "trieu-dong.xlsx", million);

            Browsers.waitFor(browser).until(d -> d.findElements(By.cssSelector(".import-summary")).stream()
                    .anyMatch(e -> e.getText().startsWith("Tệp có quá 10.000 dòng có dữ liệu")));
        });
        assertTheServerStillAnswers();
    }

    private interface BrowserSteps {
        void run(ChromeDriver browser) throws Exception;
    }

    /** Logs in as the organizer of the demo and opens the import dialog of the first decision. */
    private void inTheImportDialog(BrowserSteps steps) throws Exception {
        Long decision = jdbc.queryForObject("select min(id) from award_decision", Long.class);
        ChromeDriver browser = loggedIn("admin");
        browser.get(url("decision/" + decision));
        Browsers.waitFor(browser).until(d -> !d.findElements(By.id("recipient-import")).isEmpty());
        browser.executeScript("arguments[0].click();", browser.findElement(By.id("recipient-import")));
        Browsers.waitFor(browser).until(d -> !d.findElements(By.id("import-upload")).isEmpty());
        steps.run(browser);
    }

    /** The file as a user drops it on the upload: vaadin-upload sends it itself (XHR, multipart). */
    private static void upload(ChromeDriver browser, String name, byte[] content) {
        browser.executeScript("const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                + "document.getElementById('import-upload')._addFiles([new File([bytes], arguments[1],"
                + " {type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'})]);",
                Base64.getEncoder().encodeToString(content), name);
    }

    private void assertTheServerStillAnswers() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(url("login")))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html");
    }

    /** Writes the body; the status the server answered, or null when it closed the connection. */
    private static Integer sendAndReadStatus(HttpURLConnection post) {
        try {
            try (OutputStream out = post.getOutputStream(); InputStream body = new Zeros(BODY)) {
                body.transferTo(out);
            } catch (IOException closedWhileSending) {
                // the server answered and closed before the body was through: read what it said
            }
            return post.getResponseCode();
        } catch (IOException closed) {
            return null;
        } finally {
            post.disconnect();
        }
    }

    /** {@code size} zero bytes, generated as they are read. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
