package vn.congan.ceremony.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The request size cap in front of the portal, on requests built in memory. */
class RequestSizeLimitFilterTest {

    private static final long CAP = 1024 * 1024;

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(CAP);

    @Test
    void aDeclaredLengthOverTheCapIs413AndTheChainNeverRuns() throws Exception {
        MockHttpServletRequest declared = new MockHttpServletRequest("POST", "/upload") {
            @Override
            public long getContentLengthLong() {
                return 200L * 1024 * 1024;
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicLong chainRuns = new AtomicLong();

        filter.doFilter(declared, response, (req, res) -> chainRuns.incrementAndGet());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chainRuns.get()).isZero();
        assertThat(filter.refusedCount()).isEqualTo(1);
    }

    @Test
    void aBodyWithoutLengthFailsAtTheFirstBytePastTheCapAndIsAnswered413() throws Exception {
        MockHttpServletRequest request = post(200L * 1024 * 1024);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicLong received = new AtomicLong();

        filter.doFilter(request, response, (req, res) -> {
            ByteArrayOutputStream all = new ByteArrayOutputStream(); // what the old in-memory upload did
            byte[] buffer = new byte[8192];
            InputStream in = req.getInputStream();
            int n;
            while ((n = in.read(buffer)) > 0) {
                all.write(buffer, 0, n);
                received.set(all.size());
            }
        });

        assertThat(received.get()).isLessThanOrEqualTo(CAP);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(filter.refusedCount()).isEqualTo(1);
    }

    @Test
    void aBodyWithinTheCapIsReadWholeAsBefore() throws Exception {
        MockHttpServletRequest request = post(CAP);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            long n = req.getInputStream().transferTo(OutputStreamNull.INSTANCE);
            res.getWriter().print(n);
        });

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(Long.toString(CAP));
        assertThat(filter.refusedCount()).isZero();
    }

    /** A POST whose body of {@code size} bytes has no declared length (chunked), or an empty one for -1. */
    private static MockHttpServletRequest post(long size) {
        return new MockHttpServletRequest("POST", "/upload") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(new Zeros(Math.max(size, 0)));
            }
        };
    }

    private static final class OutputStreamNull extends OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            left = size;
        }

        @Override
        public int read() throws IOException {
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
