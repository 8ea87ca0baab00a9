package vn.congan.ceremony.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@link #MAX_REQUEST_BYTES} reaches the portal, whatever its path and
 * content type: a declared Content-Length over the cap is answered 413 before anything is read; a
 * body without a length (chunked) is counted while it is read and fails at the first byte past the
 * cap (then 413 if nothing was answered yet). The biggest legitimate body is a 10 MB spreadsheet
 * upload; Vaadin's own requests (UIDL, heartbeat, push) are a few kilobytes. Runs before Spring
 * Security and Vaadin.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** A 10 MB file and its multipart envelope. */
    public static final long MAX_REQUEST_BYTES = 11L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(RequestSizeLimitFilter.class);

    private final long maxBytes;
    private final AtomicLong refused = new AtomicLong();

    public RequestSizeLimitFilter() {
        this(MAX_REQUEST_BYTES);
    }

    RequestSizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** How many requests were refused since start, for tests and operators. */
    public long refusedCount() {
        return refused.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response, declared);
            return;
        }
        if (declared >= 0 || !mayHaveBody(request)) {
            // the container never reads past a declared length; a GET (a page, a push websocket) has no body
            chain.doFilter(request, response);
            return;
        }
        CappedRequest capped = new CappedRequest(request, maxBytes);
        try {
            chain.doFilter(capped, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!capped.exceeded) {
                throw e;
            }
        }
        if (capped.exceeded) {
            refuse(request, response, -1);
        }
    }

    /** A body without a declared length: chunked, or a method that carries one. */
    private static boolean mayHaveBody(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getHeader("Transfer-Encoding") != null
                || !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long declared) throws IOException {
        refused.incrementAndGet();
        LOG.warn("Refused a request body over {} bytes ({} bytes declared): {} {} from {}", maxBytes,
                declared < 0 ? "no length" : declared, request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr());
        if (!response.isCommitted()) {
            response.reset();
            // a plain answer, not sendError: an error dispatch would go through the login redirect
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close"); // do not wait for the rest of the body
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("Request body larger than " + maxBytes + " bytes\n")
                    .getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        }
    }

    /** The request with its body counted while read; reading fails past the cap. */
    private static final class CappedRequest extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;
        private BufferedReader reader;
        private boolean exceeded;

        CappedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }

        private final class CappedStream extends ServletInputStream {
            private final ServletInputStream in;
            private long read;

            CappedStream(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > max) {
                    exceeded = true;
                    throw new IOException("Request body larger than " + max + " bytes");
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
