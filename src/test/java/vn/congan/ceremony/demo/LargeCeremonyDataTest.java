package vn.congan.ceremony.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.award.AwardCount;
import vn.congan.ceremony.award.AwardService;
import vn.congan.ceremony.ceremony.CeremonyService;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.seating.SeatingMap;
import vn.congan.ceremony.seating.SeatingService;
import vn.congan.ceremony.stage.StageOrderService;
import vn.congan.ceremony.stage.StagePlan;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/** The large ceremony loads in a few seconds, complete: recipients, batches, seats, ready to run. */
class LargeCeremonyDataTest extends AbstractSpringTest {

    @Autowired
    ConferenceService conferences;
    @Autowired
    AwardService awards;
    @Autowired
    StageOrderService stage;
    @Autowired
    SeatingService seating;
    @Autowired
    CeremonyService ceremony;

    @Test
    void theLargeCeremonyHasTwoThousandRecipientsSeatedAndReadyToRun() {
        long start = System.nanoTime();
        database.resetToLarge();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Large ceremony loaded in %d ms%n", loadMillis);

        Conference conference = conferences.current().orElseThrow();
        assertThat(awards.countsByForm(conference))
                .extracting(AwardCount::formName, AwardCount::collectives, AwardCount::individuals)
                .containsExactly(
                        tuple("Huân chương Bảo vệ Tổ quốc hạng Ba", 2L, 8L),
                        tuple("Bằng khen của Thủ tướng Chính phủ", 4L, 36L),
                        tuple("Bằng khen của Bộ trưởng Bộ Công an", 20L, 280L),
                        tuple("Giấy khen của Giám đốc Công an tỉnh", 120L, 1880L));

        StagePlan plan = stage.plan(conference);
        assertThat(plan.recipients()).isEqualTo(LargeCeremonyData.TOTAL_RECIPIENTS);
        assertThat(plan.unbatched()).isZero();
        assertThat(plan.batches()).hasSizeGreaterThanOrEqualTo(150);
        System.out.printf("Large ceremony: %d batches%n", plan.batches().size());

        SeatingMap map = seating.map(conference).orElseThrow();
        assertThat(map.seats()).hasSize(4 * 32 * 22);
        long seated = map.seats().stream().filter(s -> map.occupant(s).isPresent()).count();
        assertThat(seated).isGreaterThanOrEqualTo(2000);
        assertThat(seating.unseated(conference)).isEmpty();

        LiveCeremony live = ceremony.live();
        assertThat(live.started()).isFalse();
        assertThat(live.stepCount()).isGreaterThan(plan.batches().size());
        assertThat(live.recipients()).hasSize(LargeCeremonyData.TOTAL_RECIPIENTS);
        assertThat(loadMillis).as("load time, ms").isLessThan(20_000);
    }
}
