package vn.congan.ceremony.print;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.WarmUp;
import vn.congan.ceremony.print.certificate.RendererWarmUp;

/**
 * Once the portal is ready, renders sample certificates into nothing in the background
 * ({@link RendererWarmUp}), so that the first download of a whole ceremony after a start streams
 * as fast as the next. Readiness does not wait for it; {@code ceremony.warm-up=false} turns it
 * off (the tests do).
 */
@Component
class PrintWarmUp {

    private final boolean enabled;

    PrintWarmUp(@Value("${ceremony.warm-up:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (enabled) {
            WarmUp.inBackground("certificates", RendererWarmUp::run);
        }
    }
}
