package vn.congan.ceremony.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.UserMessageException;

/**
 * A streamed download: refused before its first byte, it sends nothing and answers 409; failing
 * after it, the error goes on to the container (which aborts the response) instead of ending the
 * file as if it were complete.
 */
class StreamedDownloadTest {

    private final DownloadEvent event = mock(DownloadEvent.class);
    private final VaadinResponse response = mock(VaadinResponse.class);
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

    StreamedDownloadTest() {
        when(event.getResponse()).thenReturn(response);
        when(event.getOutputStream()).thenReturn(sent);
    }

    @Test
    void aRefusalBeforeTheFirstByteSendsNothingAndAnswers409() throws Exception {
        DownloadHandler handler = Downloads.streamed(open -> {
            throw new UserMessageException("print.error.nothing");
        }, null);
        handler.handleDownloadRequest(event);
        verify(response).setStatus(409);
        verify(event, never()).getOutputStream();
        verify(event, never()).setFileName(org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void aFailureAfterTheFirstByteIsNotEndedAsACompleteFile() {
        DownloadHandler handler = Downloads.streamed(open -> {
            OutputStream out = open.open("in-toan-bo.zip", Downloads.ZIP);
            out.write(new byte[] {'P', 'K', 3, 4});
            throw new IllegalStateException("the database went away");
        }, null);
        assertThatThrownBy(() -> handler.handleDownloadRequest(event)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the database went away");
        verify(event).setFileName("in-toan-bo.zip");
        verify(event).setContentType(Downloads.ZIP);
        verify(response, never()).setStatus(409);
        assertThat(sent.toByteArray()).hasSize(4);
    }

    @Test
    void aCompleteFileIsNamedThenWritten() throws Exception {
        DownloadHandler handler = Downloads.streamed(open -> open.open("in.pdf", Downloads.PDF).write(new byte[10]),
                null);
        handler.handleDownloadRequest(event);
        verify(event).setFileName("in.pdf");
        verify(event).setContentType(Downloads.PDF);
        verify(response, never()).setStatus(409);
        assertThat(sent.size()).isEqualTo(10);
    }
}
