package vn.congan.ceremony.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.testsupport.AbstractServerTest;

/**
 * The login as a browser meets it, over real HTTP on the embedded Tomcat (same context as the
 * browser tests): the CSRF token, the session cookie's attributes, the security headers, the
 * throttle's redirect and the login log.
 */
class LoginHttpTest extends AbstractServerTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @Autowired
    LoginThrottle throttle;
    @Autowired
    LoginEventService logins;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String session = "";

    @BeforeEach
    void setUp() {
        throttle.forgetAll();
    }

    @AfterEach
    void forgetFailures() {
        throttle.forgetAll();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(path.substring(1)))).GET());
    }

    private HttpResponse<String> postLogin(String user, String password, String csrf) throws Exception {
        String form = "username=" + enc(user) + "&password=" + enc(password) + (csrf == null ? "" : "&_csrf=" + enc(csrf));
        return send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!session.isEmpty()) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(cookie);
            if (m.find()) {
                session = m.group(1);
            }
        }
        return response;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Opens the login page and returns the CSRF token that Vaadin's login form posts with. */
    private String openLoginPage() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF_META.matcher(page.body());
        assertThat(csrf.find()).as("the login page carries a CSRF token: %s", page.body()).isTrue();
        return csrf.group(1);
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefusedAndWithItAccepted() throws Exception {
        String token = openLoginPage();
        HttpResponse<String> noToken = postLogin("admin", "demo1234", null);
        assertThat(noToken.statusCode()).as("%s %s", noToken.headers().map(), noToken.body()).isEqualTo(403);
        assertThat(postLogin("admin", "demo1234", "forged-" + token).statusCode()).isEqualTo(403);
        assertThat(logins.count()).as("a refused post is no login attempt").isZero();

        HttpResponse<String> done = postLogin("admin", "demo1234", token);
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        List<LoginEventService.LoginRecord> log = logins.newestFirst(0, 10);
        assertThat(log).singleElement().satisfies(r -> {
            assertThat(r.username()).isEqualTo("admin");
            assertThat(r.address()).isEqualTo("127.0.0.1");
            assertThat(r.result()).isEqualTo(LoginResult.SUCCESS);
        });
    }

    @Test
    void aLoginFormThatOutlivedItsSessionGoesBackToAFreshLoginPageAndLogsNobodyIn() throws Exception {
        String token = openLoginPage();
        session = "";  // the portal restarted: the browser's session is gone, its page still has the old token
        HttpResponse<String> stale = postLogin("admin", "demo1234", token);
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(logins.count()).isZero();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNeverInAUrl() throws Exception {
        HttpResponse<String> page = get("/login");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid");
        HttpResponse<String> toLogin = send(HttpRequest.newBuilder(URI.create(url("users"))));
        assertThat(toLogin.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void pagesCarryTheContentSecurityAndReferrerPolicies() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(
                "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; "
                        + "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void downloadsAndPdfPreviewsMayBeFramedByThePortalAndShownByTheBrowsersPdfViewer() throws Exception {
        HttpResponse<String> download = get("/VAADIN/dynamic/resource/1/00000000-0000-0000-0000-000000000000/x.pdf");
        assertThat(download.headers().firstValue("Content-Security-Policy")).contains("frame-ancestors 'self'");
        assertThat(download.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(download.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void guessingLocksTheAccountAndTheRightPasswordIsRefusedUntilTheLockEnds() throws Exception {
        String token = openLoginPage();
        assertThat(postLogin("admin", "guess-1", token).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
        assertThat(postLogin("admin", "guess-2", token).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
        Instant before = Instant.now();
        String third = postLogin("admin", "guess-3", token).headers().firstValue("Location").orElseThrow();
        assertThat(third).contains("/login?locked=");
        long retryAt = Long.parseLong(third.substring(third.indexOf("locked=") + 7));
        assertThat(retryAt).isBetween(before.getEpochSecond() + 14, before.getEpochSecond() + 16);

        HttpResponse<String> right = postLogin("admin", "demo1234", token);
        assertThat(right.headers().firstValue("Location").orElseThrow()).contains("/login?locked=");
        assertThat(logins.newestFirst(0, 10)).extracting(LoginEventService.LoginRecord::result)
                .containsExactly(LoginResult.LOCKED, LoginResult.FAILED, LoginResult.FAILED, LoginResult.FAILED);
    }
}
