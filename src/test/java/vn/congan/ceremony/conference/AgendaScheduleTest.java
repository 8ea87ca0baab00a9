package vn.congan.ceremony.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.conference.AgendaSchedule.Slot;
import vn.congan.ceremony.conference.AgendaSchedule.Timing;
import vn.congan.ceremony.conference.AgendaSchedule.Warning;
import vn.congan.ceremony.conference.AgendaSchedule.WarningKind;

class AgendaScheduleTest {

    private static LocalTime t(int h, int m) {
        return LocalTime.of(h, m);
    }

    private static List<LocalTime> starts(AgendaSchedule s) {
        return s.slots().stream().map(Slot::start).toList();
    }

    @Test
    void itemsFollowEachOtherFromTheConferenceStart() {
        AgendaSchedule s = AgendaSchedule.compute(t(7, 30), t(11, 0),
                List.of(Timing.of(30), Timing.of(5), Timing.of(10)));
        assertThat(starts(s)).containsExactly(t(7, 30), t(8, 0), t(8, 5));
        assertThat(s.slot(2).end()).isEqualTo(t(8, 15));
        assertThat(s.end()).isEqualTo(t(8, 15));
        assertThat(s.totalMinutes()).isEqualTo(45);
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void theTypicalProgrammeGivesTheTimesOfTheDomainTable() {
        AgendaSchedule s = AgendaSchedule.compute(t(7, 30), t(11, 0), TypicalProgramme.timings());
        assertThat(starts(s)).containsExactly(t(7, 30), t(8, 0), t(8, 5), t(8, 15), t(8, 45), t(9, 15), t(9, 25),
                t(10, 5), t(10, 35), t(10, 45));
        assertThat(s.end()).isEqualTo(t(10, 55));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void aFixedStartWaitsWhenThePreviousItemsEndEarlyAndWarnsOfTheGap() {
        AgendaSchedule s = AgendaSchedule.compute(t(7, 30), null,
                List.of(Timing.of(20), Timing.fixed(5, t(8, 0)), Timing.of(10)));
        assertThat(starts(s)).containsExactly(t(7, 30), t(8, 0), t(8, 5));
        assertThat(s.warnings()).containsExactly(new Warning(WarningKind.GAP_BEFORE_FIXED_START, 1, 10, t(8, 0)));
        assertThat(s.warningsFor(1)).hasSize(1);
        assertThat(s.warningsFor(0)).isEmpty();
    }

    @Test
    void previousItemsRunningPastAFixedStartAreAnOverlapAndTheItemStartsLate() {
        AgendaSchedule s = AgendaSchedule.compute(t(7, 30), null,
                List.of(Timing.of(40), Timing.fixed(5, t(8, 0)), Timing.of(10)));
        assertThat(starts(s)).containsExactly(t(7, 30), t(8, 10), t(8, 15));
        assertThat(s.warnings()).containsExactly(new Warning(WarningKind.OVERRUNS_FIXED_START, 1, 10, t(8, 0)));
    }

    @Test
    void aFixedStartBeforeTheConferenceStartIsAnOverlap() {
        AgendaSchedule s = AgendaSchedule.compute(t(8, 0), null, List.of(Timing.fixed(15, t(7, 45))));
        assertThat(s.slot(0).start()).isEqualTo(t(8, 0));
        assertThat(s.warnings()).containsExactly(new Warning(WarningKind.OVERRUNS_FIXED_START, 0, 15, t(7, 45)));
    }

    @Test
    void aFirstItemWithALaterFixedStartIsNoGapWarning() {
        AgendaSchedule s = AgendaSchedule.compute(t(7, 30), null, List.of(Timing.fixed(15, t(8, 0))));
        assertThat(s.slot(0).start()).isEqualTo(t(8, 0));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void aFixedStartExactlyWhenThePreviousItemEndsIsNeitherGapNorOverlap() {
        AgendaSchedule s = AgendaSchedule.compute(t(7, 30), null,
                List.of(Timing.of(30), Timing.fixed(5, t(8, 0))));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void zeroDurationItemsTakeNoTimeAndShareTheirStartWithTheNext() {
        AgendaSchedule s = AgendaSchedule.compute(t(9, 0), t(9, 10),
                List.of(Timing.of(0), Timing.of(10), Timing.of(0)));
        assertThat(starts(s)).containsExactly(t(9, 0), t(9, 0), t(9, 10));
        assertThat(s.slot(2).durationMinutes()).isZero();
        assertThat(s.end()).isEqualTo(t(9, 10));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void aProgrammeCrossingNoonKeepsCounting() {
        AgendaSchedule s = AgendaSchedule.compute(t(11, 30), t(12, 30),
                List.of(Timing.of(25), Timing.of(20), Timing.fixed(30, t(12, 40))));
        assertThat(starts(s)).containsExactly(t(11, 30), t(11, 55), t(12, 40));
        assertThat(s.end()).isEqualTo(t(13, 10));
        assertThat(s.warnings()).containsExactly(
                new Warning(WarningKind.GAP_BEFORE_FIXED_START, 2, 25, t(12, 40)),
                new Warning(WarningKind.ENDS_AFTER_PLANNED_END, 2, 40, t(12, 30)));
    }

    @Test
    void anAfternoonFixedStartAfterAMorningOverrunCountsTheRealMinutes() {
        AgendaSchedule s = AgendaSchedule.compute(t(10, 0), null,
                List.of(Timing.of(150), Timing.fixed(30, t(12, 0))));
        assertThat(s.slot(1).start()).isEqualTo(t(12, 30));
        assertThat(s.warnings()).containsExactly(new Warning(WarningKind.OVERRUNS_FIXED_START, 1, 30, t(12, 0)));
    }

    @Test
    void endingAfterThePlannedEndIsWarnedOnTheLastItem() {
        AgendaSchedule s = AgendaSchedule.compute(t(7, 30), t(8, 0), List.of(Timing.of(20), Timing.of(25)));
        assertThat(s.warnings()).containsExactly(new Warning(WarningKind.ENDS_AFTER_PLANNED_END, 1, 15, t(8, 0)));
    }

    @Test
    void endingExactlyAtThePlannedEndIsFine() {
        AgendaSchedule s = AgendaSchedule.compute(t(7, 30), t(8, 0), List.of(Timing.of(30)));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void anEveningProgrammeMayRunPastMidnight() {
        AgendaSchedule s = AgendaSchedule.compute(t(23, 30), t(0, 30), List.of(Timing.of(40), Timing.of(30)));
        assertThat(starts(s)).containsExactly(t(23, 30), t(0, 10));
        assertThat(s.totalMinutes()).isEqualTo(70);
        assertThat(s.warnings()).containsExactly(new Warning(WarningKind.ENDS_AFTER_PLANNED_END, 1, 10, t(0, 30)));
    }

    @Test
    void anEmptyProgrammeEndsWhereItStartsAndHasNoWarnings() {
        AgendaSchedule s = AgendaSchedule.compute(t(7, 30), t(7, 0), List.of());
        assertThat(s.slots()).isEmpty();
        assertThat(s.end()).isEqualTo(t(7, 30));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void aNegativeDurationIsRefused() {
        assertThatThrownBy(() -> Timing.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
