package vn.congan.ceremony.ceremony.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells a double tap from two steps. The MC's Next and Back are drawn anew for each state, so
 * a second tap that lands after the redraw (a tablet redraws in about a tenth of a second; a
 * double tap's second touch comes 100 to 400 ms after the first) would be a fresh, valid
 * command and skip a batch. A tap on the same button within the window (a second by default,
 * {@code ceremony.mc.double-tap}) of a step that button made is the same gesture and is not acted
 * on; a different button (Back right after Next) is a new gesture.
 */
final class DoubleTaps {

    /** Longer than a double tap, shorter than an MC waiting to see the next step before going on. */
    static final Duration DEFAULT_WINDOW = Duration.ofMillis(1000);

    private final Clock clock;
    private final Duration window;
    private final Map<String, Instant> lastStep = new HashMap<>();

    DoubleTaps(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /** Whether a tap on {@code button} now is the second touch of the gesture that made its last step. */
    boolean isSecondTouch(String button) {
        Instant last = lastStep.get(button);
        return last != null && clock.instant().isBefore(last.plus(window));
    }

    /** Remembers that a tap on {@code button} made a step now. */
    void stepped(String button) {
        lastStep.put(button, clock.instant());
    }
}
