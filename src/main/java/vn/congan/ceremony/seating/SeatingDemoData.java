package vn.congan.ceremony.seating;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.DelegateRepository;
import vn.congan.ceremony.demo.DemoDataContributor;
import vn.congan.ceremony.stage.PresentationBatchRepository;

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
    private static final Logger LOG = LoggerFactory.getLogger(SeatingDemoData.class);
    private static final String[] GUESTS = {"Phóng viên Báo Bình An", "Phóng viên Đài Phát thanh - Truyền hình tỉnh",
        "Đại diện Hội Cựu Công an nhân dân tỉnh", "Đại diện Ủy ban Mặt trận Tổ quốc tỉnh",
        "Đại diện Sở Nội vụ tỉnh", "Đại diện Ban Thi đua - Khen thưởng tỉnh"};

    private final SeatingService seating;
    private final SeatingAttendeeService attendees;
    private final SeatingSeatRepository seats;
    private final DelegateRepository delegates;
    private final PresentationBatchRepository batches;

    public SeatingDemoData(SeatingService seating, SeatingAttendeeService attendees, SeatingSeatRepository seats,
            DelegateRepository delegates, PresentationBatchRepository batches) {
        this.seating = seating;
        this.attendees = attendees;
        this.seats = seats;
        this.delegates = delegates;
        this.batches = batches;
    }

    @Override
    public int order() {
        return 1100;
    }

    @Override
    public void contribute(Conference conference) {
        SeatingPlan plan = seating.createPlan(conference,
                seating.plan(conference).map(PlanSnapshot::of).orElse(PlanSnapshot.NONE), HallSetup.uniform(HALL_NAME, 2, 12, 10,
                SeatNumbering.ODD_EVEN_FROM_CENTRE, StageSteps.BOTH, true, Side.RIGHT));
        for (SeatingSeat seat : seats.findByPlan(plan)) {
            int row = seat.key().row();
            seat.setZone(row < 2 ? Zone.DELEGATE : row < 10 ? Zone.AWARDEE : Zone.GENERAL);
            seat.setBlocked(row == 11 && seat.key().section() == 1 && seat.key().seat() >= 8);
        }
        seats.flush();
        seating.saveAsTemplate(plan, HALL_NAME + " (2 khu × 12 hàng × 10 ghế)");
        attendees.paste(conference, String.join("\n", GUESTS));
        if (!delegates.findByConference(conference).isEmpty() || !batches.findByConference(conference).isEmpty()) {
            try {
                seating.autoAssign(conference);
            } catch (UserMessageException e) {
                LOG.warn("Demo seating not assigned: {}", e.getMessage());
            }
        }
    }
}
