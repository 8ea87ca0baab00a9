package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congan.ceremony.conference.Conference;

/** The live programme is kept between commands, and never past a change. */
class LiveProgrammeCacheTest {

    private final List<String> loads = new ArrayList<>();
    /** What the database holds now (the title stands for the whole programme). */
    private String stored = "first";
    private Function<Conference, LiveProgramme> duringLoad = c -> null;
    private final LiveProgrammeCache<LiveProgramme> cache = new LiveProgrammeCache<>(c -> {
        duringLoad.apply(c);
        loads.add(stored);
        return programme(stored);
    });
    private final Conference conference = conference(1L);

    @Test
    void readOnceThenKeptUntilAChangeIsSignalled() {
        assertThat(title(cache.get(conference, cache.generation()))).isEqualTo("first");
        assertThat(title(cache.get(conference, cache.generation()))).isEqualTo("first");
        assertThat(loads).hasSize(1);

        stored = "corrected";
        cache.invalidate();
        assertThat(title(cache.get(conference, cache.generation()))).isEqualTo("corrected");
        assertThat(title(cache.get(conference, cache.generation()))).isEqualTo("corrected");
        assertThat(loads).containsExactly("first", "corrected");
    }

    @Test
    void aReaderThatStartedBeforeAChangeReadsAgainAndKeepsNothing() {
        long seen = cache.generation();
        cache.get(conference, seen);
        stored = "corrected";
        cache.invalidate();
        // its transaction may still see the old rows: what it reads is its own, never kept
        assertThat(title(cache.get(conference, seen))).isEqualTo("corrected");
        assertThat(title(cache.get(conference, cache.generation()))).isEqualTo("corrected");
        assertThat(loads).containsExactly("first", "corrected", "corrected");
    }

    @Test
    void aChangeSignalledWhileTheProgrammeIsReadLeavesNothingKept() {
        // the read saw the old rows, the correction committed and was signalled before it ended
        duringLoad = c -> {
            if (loads.isEmpty()) {
                cache.invalidate();
            }
            return null;
        };
        assertThat(title(cache.get(conference, cache.generation()))).isEqualTo("first");
        stored = "corrected";
        assertThat(title(cache.get(conference, cache.generation()))).isEqualTo("corrected");
    }

    @Test
    void anotherConferenceIsReadForItself() {
        cache.get(conference, cache.generation());
        cache.get(conference(2L), cache.generation());
        assertThat(loads).hasSize(2);
    }

    @Test
    void insideARunningTransactionTheProgrammeIsReadAndNotKept() {
        cache.get(conference, cache.generation());
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            long seen = cache.generation();
            cache.get(conference, seen);
            cache.get(conference, seen);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(loads).hasSize(3);
        cache.get(conference, cache.generation());
        assertThat(loads).hasSize(3);
    }

    private static Conference conference(long id) {
        Conference conference = new Conference("Hội nghị", LocalDate.of(2026, 12, 20), LocalTime.of(8, 0));
        ReflectionTestUtils.setField(conference, "id", id);
        return conference;
    }

    private static LiveProgramme programme(String title) {
        return new LiveProgramme(title, List.of(), List.of(), LiveProgramme.planOf(List.of(), List.of()));
    }

    private static String title(LiveProgramme programme) {
        return programme.conferenceTitle();
    }
}
