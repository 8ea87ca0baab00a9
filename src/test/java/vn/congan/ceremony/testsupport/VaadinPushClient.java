package vn.congan.ceremony.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal Vaadin Flow client for load measurements: it opens a UI the way the browser's Flow
 * client does (bootstrap, {@code v-r=init}, the push WebSocket, the {@code ui-navigate} event),
 * then only listens to the server's pushes and notes when each value of the view's
 * {@code data-version} attribute arrives. It renders nothing, so 50 of them cost the client
 * machine next to nothing and a measurement shows the server and the push path.
 */
public final class VaadinPushClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile(
            "\"key\":\"data-version\",\"feat\":\\d+,\"value\":\"(\\d+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private String cookie = "";
    private int uiId;
    private WebSocket socket;
    private final StringBuilder partial = new StringBuilder();
    /** State version → System.nanoTime() when it first reached this client. */
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    private volatile boolean closedByServer;
    /** Characters pushed to this client since it opened its view. */
    private final AtomicLong pushedChars = new AtomicLong();

    public VaadinPushClient(HttpClient http, int port) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port + "/";
    }

    public static HttpClient sharedHttpClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Logs in through the login form (a new HTTP session), as a browser does. */
    public VaadinPushClient login(String user, String password) throws Exception {
        HttpResponse<String> page = get("login");
        Matcher csrf = CSRF_META.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String target = done.headers().firstValue("Location").orElse("");
        if (done.statusCode() != 302 || target.contains("error")) {
            throw new IllegalStateException("Login failed: " + done.statusCode() + " " + target);
        }
        return this;
    }

    /** Opens the route (e.g. "screen/abc" or "backstage") as a live UI with its push connection. */
    public VaadinPushClient open(String route) throws Exception {
        show(route);
        if (seen.isEmpty()) {
            throw new IllegalStateException("The view at " + route + " did not render its state version");
        }
        return this;
    }

    /** Opens any route as a live UI with its push connection (organizer pages: no state version). */
    public VaadinPushClient show(String route) throws Exception {
        get(route);
        JsonNode init = JSON.readTree(get("?v-r=init&location=" + enc(route) + "&query=").body());
        JsonNode config = init.path("appConfig");
        uiId = config.path("v-uiId").asInt();
        String csrfToken = config.path("uidl").path("Vaadin-Security-Key").asText();
        String pushId = config.path("uidl").path("Vaadin-Push-ID").asText();
        if (csrfToken.isEmpty() || pushId.isEmpty()) {
            throw new IllegalStateException("Unexpected init response for " + route);
        }
        String pushUrl = base.replace("http:", "ws:") + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0";
        socket = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(pushUrl), new Listener()).get(10, TimeUnit.SECONDS);
        String navigate = JSON.writeValueAsString(Map.of(
                "csrfToken", csrfToken,
                "rpc", List.of(Map.of("type", "event", "node", 1, "event", "ui-navigate",
                        "data", Map.of("route", "/" + route, "query", "", "appShellTitle", "",
                                "historyState", Map.of("idx", 0), "trigger", ""))),
                "syncId", 0, "clientId", 0));
        HttpResponse<String> shown = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        note(shown.body());
        if (shown.statusCode() != 200) {
            throw new IllegalStateException("The view at " + route + " answered " + shown.statusCode());
        }
        return this;
    }

    /** Tells the server the page is still open, as the browser does every heartbeat interval. */
    public void heartbeat() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(base + "?v-r=heartbeat&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** When the given state version first arrived (System.nanoTime()), or null. */
    public Long arrival(long version) {
        return seen.get(version);
    }

    /** Characters pushed to this client so far (messages over its WebSocket). */
    public long pushedChars() {
        return pushedChars.get();
    }

    public boolean closedByServer() {
        return closedByServer;
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    private void note(String message) {
        long now = System.nanoTime();
        Matcher m = VERSION.matcher(message);
        while (m.find()) {
            seen.putIfAbsent(Long.parseLong(m.group(1)), now);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .ifPresent(c -> cookie = c.substring(0, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()));
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(response.statusCode() + " for " + response.uri());
        }
        return response;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            synchronized (partial) {
                partial.append(data);
                if (last) {
                    pushedChars.addAndGet(partial.length());
                    note(partial.toString());
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedByServer = true;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closedByServer = true;
        }
    }
}
