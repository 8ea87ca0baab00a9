package vn.congan.ceremony.seating;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.DemoDataContributor;
import vn.congan.ceremony.conference.DemoDataSet;

/**
 * The demo hall: two sections of 12 rows of 10 seats with a centre aisle and aisles along the
 * walls, stage steps on both sides, seats numbered odd/even from the centre. Rows A-B for
 * delegates, C-J for awardees, K-L general (two seats blocked for the camera); saved as a
 * template too. Runs after the agenda, delegates and batches of the other features' demo data
 * (order 1100), and seats everyone at once when delegates or batches exist.
 */
@Component
public class SeatingDemoData implements DemoDataContributor {

    public static final String HALL_NAME = "Hội trường Công an tỉnh";
    public static final String LARGE_HALL_NAME = "Hội trường lớn Công an tỉnh";
    private static final Logger LOG = LoggerFactory.getLogger(SeatingDemoData.class);
    private static final String[] GUESTS = {"Phóng viên Báo Bình An", "Phóng viên Đài Phát thanh - Truyền hình tỉnh",
        "Đại diện Hội Cựu Công an nhân dân tỉnh", "Đại diện Ủy ban Mặt trận Tổ quốc tỉnh",
        "Đại diện Sở Nội vụ tỉnh", "Đại diện Ban Thi đua - Khen thưởng tỉnh"};

    private final SeatingService seating;
    private final SeatingAttendeeService attendees;
    private final SeatingSeatRepository seats;

    public SeatingDemoData(SeatingService seating, SeatingAttendeeService attendees, SeatingSeatRepository seats) {
        this.seating = seating;
        this.attendees = attendees;
        this.seats = seats;
    }

    @Override
    public int order() {
        return 1100;
    }

    @Override
    public void contribute(Conference conference) {
        contribute(conference, DemoDataSet.DEMO);
    }

    /**
     * The large ceremony's hall instead: four sections of 32 rows of 22 seats (2,816 seats), rows
     * A-B for delegates, C-AD for the awardees, AE-AF general.
     */
    @Override
    public void contribute(Conference conference, DemoDataSet set) {
        boolean large = set == DemoDataSet.LARGE;
        int sections = large ? 4 : 2;
        int rows = large ? 32 : 12;
        int perRow = large ? 22 : 10;
        String name = large ? LARGE_HALL_NAME : HALL_NAME;
        SeatingPlan plan = seating.createPlan(conference,
                seating.plan(conference).map(PlanSnapshot::of).orElse(PlanSnapshot.NONE), HallSetup.uniform(name,
                sections, rows, perRow, SeatNumbering.ODD_EVEN_FROM_CENTRE, StageSteps.BOTH, true, Side.RIGHT));
        for (SeatingSeat seat : seats.findByPlan(plan)) {
            int row = seat.key().row();
            seat.setZone(row < 2 ? Zone.DELEGATE : row < rows - 2 ? Zone.AWARDEE : Zone.GENERAL);
            seat.setBlocked(row == rows - 1 && seat.key().section() == 1 && seat.key().seat() >= perRow - 2);
        }
        seats.flush();
        seating.saveAsTemplate(plan, name + " (" + sections + " khu × " + rows + " hàng × " + perRow + " ghế)");
        attendees.paste(conference, String.join("\n", GUESTS));
        // nobody is seated yet: everyone is "unseated"; seat them when there is more than the guests
        if (seating.unseated(conference).stream().anyMatch(o -> o.kind() != Occupant.Kind.GENERAL)) {
            try {
                seating.autoAssign(conference);
            } catch (UserMessageException e) {
                LOG.warn("Demo seating not assigned: {}", e.getMessage());
            }
        }
    }
}
