package vn.congan.ceremony.ceremony;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.congan.ceremony.award.AwardCount;

/**
 * The facts after the ceremony: who received which form, who was absent and who received
 * on whose behalf, the actual timeline against the plan, and a draft news text. Until the
 * ceremony has {@code finished}, every figure is provisional and the report is a draft.
 */
public record CeremonySummary(String parentBody, String department, String place, String conferenceTitle,
        LocalDate date, LocalTime startTime, String venue, String chair, LocalDate movementStart,
        LocalDate movementEnd, List<AwardCount> counts, int notInBatch, List<Line> absent, List<Line> onBehalf,
        List<TimelineRow> timeline, boolean finished, String newsDraft, ReportForm form) {

    /** One recipient in the absent or received-on-behalf list. */
    public record Line(String recipient, String formName, String receivedBy) {
    }

    /** One agenda item: planned start and length, actual start and length (null until it happened). */
    public record TimelineRow(String title, LocalTime plannedStart, int plannedMinutes, LocalTime actualStart,
            Integer actualMinutes) {

        /** Actual minus planned start, in minutes; positive when late. */
        public Integer delayMinutes() {
            return actualStart == null ? null
                    : (int) Duration.between(plannedStart, actualStart).toMinutes();
        }
    }

    public CeremonySummary withNewsDraft(String text) {
        return new CeremonySummary(parentBody, department, place, conferenceTitle, date, startTime, venue, chair,
                movementStart, movementEnd, counts, notInBatch, absent, onBehalf, timeline, finished, text, form);
    }
}
