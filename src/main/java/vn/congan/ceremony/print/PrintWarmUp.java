package vn.congan.ceremony.print;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.WarmUp;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.print.certificate.RendererWarmUp;

/**
 * Once the portal is ready, renders sample certificates into nothing in the background
 * ({@link RendererWarmUp}), then checks and renders the current ceremony's certificates into
 * nothing ({@link CertificatePrintService#rehearse}: read only, nothing numbered or logged), so
 * that the first check and download of a whole ceremony after a start find the renderer and the
 * job's reading compiled and go as fast as the next. Readiness does not
 * wait for it; {@code ceremony.warm-up=false} turns it off (the tests do).
 */
@Component
class PrintWarmUp {

    private final boolean enabled;
    private final CertificatePrintService service;
    private final ConferenceService conferences;

    PrintWarmUp(@Value("${ceremony.warm-up:true}") boolean enabled, CertificatePrintService service,
            ConferenceService conferences) {
        this.enabled = enabled;
        this.service = service;
        this.conferences = conferences;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (enabled) {
            WarmUp.inBackground("certificates", this::run);
        }
    }

    /** The samples, then the current ceremony's rehearsal; returns the sheets gone through. */
    int run() {
        int sheets = RendererWarmUp.run();
        try {
            return sheets + conferences.current().map(c -> service.rehearse(PrintRequest.ceremony(c.getId(),
                    CertificateMode.FULL, null, true))).orElse(0);
        } catch (UserMessageException nothingToCheck) {
            return sheets; // no certificates yet, or one the fonts cannot print: the real check will say so
        }
    }
}
