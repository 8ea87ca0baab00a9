package vn.congan.ceremony.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.DelegateService;
import vn.congan.ceremony.stage.McScript;
import vn.congan.ceremony.stage.McScriptService;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/**
 * The conference's setting for guests of the provincial government: introduced by the MC and
 * seated in the front row before the Director (usual protocol) or after, on the same delegates.
 */
@Tag("db")
class LocalGovernmentGuestsTest extends AbstractSpringTest {

    private static final String DIRECTOR = "Đồng chí Đại tá Nguyễn Thế Hùng, Lãnh đạo Công an tỉnh.";
    private static final String VICE_CHAIRMAN = "Đồng chí Hoàng Minh Đức, Phó Chủ tịch Ủy ban nhân dân tỉnh Bình An.";

    @Autowired ApplicationContext context;
    @Autowired ConferenceService conferences;
    @Autowired DelegateService delegates;
    @Autowired McScriptService scripts;
    @Autowired SeatingService seating;
    @Autowired SeatLookup lookup;
    SeatingFixtures fixtures;

    @BeforeEach
    void delegates() {
        fixtures = new SeatingFixtures(context);
        fixtures.clearPlanning();
        // the four police leaders at precedence 1-4, the People's Committee's Vice-Chairman at 5
        fixtures.delegates();
    }

    private void setting(boolean localGovernmentFirst) {
        Conference conference = conferences.load(fixtures.conference().getId()).orElseThrow();
        conference.setLocalGovernmentFirst(localGovernmentFirst);
        conferences.save(conference);
    }

    private List<String> introduced() {
        McScript script = scripts.script(fixtures.conference());
        List<String> lines = script.sections().stream().flatMap(s -> s.lines().stream()).map(McScript.Line::text)
                .toList();
        int at = lines.indexOf("Về dự hội nghị hôm nay, chúng tôi xin trân trọng giới thiệu:");
        assertThat(at).isNotNegative();
        return lines.subList(at + 1, at + 6);
    }

    private Map<String, SeatInfo> seated() {
        seating.autoAssign(fixtures.conference());
        return lookup.all(fixtures.conference().getId()).stream()
                .collect(Collectors.toMap(SeatInfo::label, Function.identity()));
    }

    @Test
    void beforeTheDirectorTheViceChairmanIsIntroducedFirstAndSitsAtTheCentre() {
        setting(true);
        assertThat(introduced()).startsWith(VICE_CHAIRMAN, DIRECTOR);
        assertThat(delegates.introduction(fixtures.conference()).split("\n")).containsSubsequence(VICE_CHAIRMAN,
                DIRECTOR);
        Map<String, SeatInfo> seats = seated();
        // the most senior at the centre (A1, left of the centre aisle), the second beside him (A2)
        assertThat(seats.get("A1").occupantName()).isEqualTo("Hoàng Minh Đức");
        assertThat(seats.get("A2").occupantName()).isEqualTo("Nguyễn Thế Hùng");
    }

    @Test
    void afterTheDirectorTheOrganizersOrderStandsAndTheDirectorSitsAtTheCentre() {
        setting(false);
        List<String> introduced = introduced();
        assertThat(introduced.get(0)).isEqualTo(DIRECTOR);
        assertThat(introduced.get(4)).isEqualTo(VICE_CHAIRMAN);
        Map<String, SeatInfo> seats = seated();
        assertThat(seats.get("A1").occupantName()).isEqualTo("Nguyễn Thế Hùng");
        assertThat(seats.get("A5").occupantName()).isEqualTo("Hoàng Minh Đức");
    }
}
