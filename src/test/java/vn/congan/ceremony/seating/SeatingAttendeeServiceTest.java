package vn.congan.ceremony.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/** The list of other attendees and the question a new plan asks, on H2 and (tagged db) on MariaDB. */
@Tag("db")
class SeatingAttendeeServiceTest extends AbstractSpringTest {

    private static final List<String> DEMO = List.of("Phóng viên Báo Bình An",
            "Phóng viên Đài Phát thanh - Truyền hình tỉnh", "Đại diện Hội Cựu Công an nhân dân tỉnh",
            "Đại diện Ủy ban Mặt trận Tổ quốc tỉnh", "Đại diện Sở Nội vụ tỉnh", "Đại diện Ban Thi đua - Khen thưởng tỉnh");

    @Autowired
    SeatingAttendeeService service;
    @Autowired
    SeatingService seating;
    @Autowired
    SeatAssignmentRepository assignments;
    @Autowired
    SeatingAttendeeRepository attendees;
    @Autowired
    ApplicationContext context;
    SeatingFixtures fixtures;
    Conference conference;

    @BeforeEach
    void fixtures() {
        fixtures = new SeatingFixtures(context);
        fixtures.clearPlanning();
        conference = fixtures.conference();
    }

    @Test
    void theListIsInOrderWithEachSeatOnceAssigned() {
        assertThat(service.list(conference)).extracting(AttendeeRow::name).containsExactlyElementsOf(DEMO);
        assertThat(service.list(conference)).noneMatch(AttendeeRow::seated);

        seating.autoAssign(conference);

        List<AttendeeRow> rows = service.list(conference);
        assertThat(rows).extracting(AttendeeRow::number).containsExactly(1, 2, 3, 4, 5, 6);
        // the general zone from the front row, left to right: K19, K17, ... left of the centre aisle (odd/even)
        assertThat(rows).extracting(AttendeeRow::seat).containsExactly("K19", "K17", "K15", "K13", "K11", "K9");
    }

    @Test
    void oneAttendeeIsAddedAtTheEndWithTheirAgency() {
        service.add(conference, "  Võ  Thị Mai ", "Phóng viên, Báo Công an nhân dân");
        AttendeeRow last = service.list(conference).get(6);
        assertThat(last.number()).isEqualTo(7);
        assertThat(last.name()).isEqualTo("Võ Thị Mai");
        assertThat(last.organisation()).isEqualTo("Phóng viên, Báo Công an nhân dân");
    }

    @Test
    void aBlankATooLongOrARepeatedNameIsRefusedAndNothingIsWritten() {
        long before = attendees.count();
        assertRefused(() -> service.add(conference, "   ", "Báo Bình An"), "seating.attendees.error.name");
        assertRefused(() -> service.add(conference, "A".repeat(201), null), "seating.attendees.error.nameTooLong");
        assertRefused(() -> service.add(conference, "Võ Thị Mai", "B".repeat(301)),
                "seating.attendees.error.organisationTooLong");
        assertRefused(() -> service.add(conference, "phóng viên báo bình an", null), "seating.attendees.error.duplicate");
        assertThat(attendees.count()).isEqualTo(before);
    }

    @Test
    void twoPeopleOfTheSameNameFromDifferentAgenciesAreBothKept() {
        service.add(conference, "Nguyễn Văn An", "Báo Bình An");
        service.add(conference, "Nguyễn Văn An", "Sở Nội vụ tỉnh");
        service.add(conference, "Nguyễn Văn Ân", null); // other marks, another name
        assertRefused(() -> service.add(conference, "Nguyễn Văn An", "báo bình an"), "seating.attendees.error.duplicate");
        assertRefused(() -> service.add(conference, "Nguyễn Văn An", null), "seating.attendees.error.duplicate");
        assertThat(service.list(conference)).hasSize(9);
    }

    @Test
    void pastedNamesSkipThoseOnTheListAndThoseTwiceInThePaste() {
        AttendeesAdded added = service.paste(conference,
                "Võ Thị Mai\nĐại diện Sở Nội vụ tỉnh\n\nĐinh Văn Hải\nVõ Thị Mai\n");
        assertThat(added.added()).isEqualTo(2);
        assertThat(added.skipped()).isEqualTo(2);
        assertThat(service.list(conference)).extracting(AttendeeRow::name).endsWith("Võ Thị Mai", "Đinh Văn Hải");
        assertRefused(() -> service.paste(conference, " \n "), "seating.attendees.error.nothingPasted");
    }

    @Test
    void aPasteWithOneTooLongLineAddsNothing() {
        long before = attendees.count();
        assertRefused(() -> service.paste(conference, "Võ Thị Mai\n" + "A".repeat(201)),
                "seating.attendees.error.lineNameTooLong");
        assertThat(attendees.count()).isEqualTo(before);
    }

    @Test
    void aFileIsImportedOnceAndReImportingAddsNothing() {
        byte[] xlsx = SeatingAttendeeParserTest.guestList().xlsx();
        AttendeesAdded first = service.importFile(conference, "khach-moi.xlsx", xlsx);
        assertThat(first.added()).isEqualTo(4);
        assertThat(first.skipped()).isZero();
        assertThat(first.sheetName()).isEqualTo("Danh sách");
        assertThat(first.headerRow()).isEqualTo(4);
        assertThat(service.list(conference)).hasSize(10).last()
                .extracting(AttendeeRow::name, AttendeeRow::organisation)
                .containsExactly("Phạm Quốc Việt", "Phó Trưởng ban");

        AttendeesAdded again = service.importFile(conference, "khach-moi.csv",
                SeatingAttendeeParserTest.guestList().csv(true));
        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isEqualTo(4);
        assertThat(service.list(conference)).hasSize(10);
    }

    @Test
    void aFileWithOneBadRowWritesNothing() {
        long before = attendees.count();
        byte[] csv = ("STT,Họ và tên,Đơn vị\r\n1,Võ Thị Mai,Báo Bình An\r\n2,Đinh Văn Hải," + "B".repeat(301) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> service.importFile(conference, "ds.csv", csv),
                "seating.attendees.error.lineOrganisationTooLong");
        assertRefused(() -> service.importFile(conference, "ds.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)),
                "spreadsheet.error.corrupt");
        assertThat(attendees.count()).isEqualTo(before);
    }

    @Test
    void removingAnAttendeeFreesTheirSeatOnlyAndNewOnesGoAtTheEnd() {
        seating.autoAssign(conference);
        AttendeeRow second = service.list(conference).get(1);
        int seatedBefore = assignments.findByPlan(seating.plan(conference).orElseThrow()).size();

        service.remove(second.id());
        service.remove(second.id()); // a second click on a stale row changes nothing

        List<AttendeeRow> rows = service.list(conference);
        assertThat(rows).extracting(AttendeeRow::name).doesNotContain(second.name()).hasSize(5);
        assertThat(rows).extracting(AttendeeRow::seat).containsExactly("K19", "K15", "K13", "K11", "K9");
        assertThat(assignments.findByPlan(seating.plan(conference).orElseThrow())).hasSize(seatedBefore - 1);

        service.add(conference, "Võ Thị Mai", null);
        assertThat(service.list(conference)).last().extracting(AttendeeRow::name).isEqualTo("Võ Thị Mai");
        assertThat(attendees.findByConferenceOrderByPosition(conference)).extracting(SeatingAttendee::getPosition)
                .doesNotHaveDuplicates();
    }

    @Test
    void aNewPlanKnowsWhatItWouldReplace() {
        assertThat(seating.replacement(conference)).hasValueSatisfying(r -> {
            assertThat(r.planName()).isEqualTo(SeatingDemoData.HALL_NAME);
            assertThat(r.seats()).isEqualTo(240);
            assertThat(r.seated()).isZero();
        });
        seating.autoAssign(conference);
        SeatingMap map = seating.map(conference).orElseThrow();
        seating.setPinned(map, map.seats().stream().filter(s -> s.label().equals("K19")).findFirst().orElseThrow(), true);
        assertThat(seating.replacement(conference)).hasValueSatisfying(r -> {
            assertThat(r.seated()).isEqualTo(6);
            assertThat(r.pinned()).isEqualTo(1);
        });
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).getMessageKey()).isEqualTo(key);
    }
}
