package vn.congan.ceremony.ceremony;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.award.AwardCount;
import vn.congan.ceremony.common.text.DateLine;

/**
 * A first draft of the department's news post ("Hoạt động của lực lượng Công an"), written
 * only from the facts of the summary, for the press officer to finish. Until the ceremony has
 * finished it says nothing in the past tense ("đã công bố", "đã trao", "đã diễn ra"): it reads
 * in the neutral present, which is right before, during and after the event.
 */
public final class NewsDraft {

    /** How the draft's note for the organizers begins (absences and proxies, never published). */
    static final String INTERNAL_NOTE = "(Ghi chú nội bộ, không đăng: ";

    private NewsDraft() {
    }

    /** "38 tập thể, 96 cá nhân", "3 tập thể", "5 cá nhân". */
    public static String countPhrase(long collectives, long individuals) {
        List<String> parts = new ArrayList<>();
        if (collectives > 0) {
            parts.add(collectives + " tập thể");
        }
        if (individuals > 0) {
            parts.add(individuals + " cá nhân");
        }
        return String.join(", ", parts);
    }

    public static String compose(CeremonySummary s) {
        StringBuilder text = new StringBuilder();
        String partOfDay = s.startTime() != null && s.startTime().isBefore(LocalTime.NOON) ? "Sáng" : "Chiều";
        text.append(partOfDay).append(" ngày ").append(DateLine.shortDate(s.date()));
        if (s.venue() != null) {
            text.append(", tại ").append(s.venue());
        }
        text.append(", ").append(s.department()).append(" tổ chức ").append(s.conferenceTitle()).append('.');
        if (s.movementStart() != null && s.movementEnd() != null) {
            text.append(" Phong trào được triển khai từ ngày ").append(DateLine.shortDate(s.movementStart()))
                    .append(" đến ngày ").append(DateLine.shortDate(s.movementEnd())).append('.');
        }
        if (s.chair() != null) {
            text.append(" Đồng chí ").append(s.chair()).append(" chủ trì hội nghị.");
        }
        List<String> awards = new ArrayList<>();
        for (AwardCount count : s.counts()) {
            if (count.total() > 0) {
                awards.add(count.formName() + " cho " + countPhrase(count.collectives(), count.individuals()));
            }
        }
        if (!awards.isEmpty()) {
            // before the ceremony has ended nothing "đã" happened: the neutral present reads right both ways
            text.append("\n\nTại hội nghị, ").append(s.department())
                    .append(s.finished() ? " đã công bố" : " công bố").append(" các quyết định khen thưởng và trao ");
            text.append(joinVietnamese(awards));
            text.append(" có thành tích xuất sắc trong phong trào.");
        }
        if (!s.onBehalf().isEmpty() || !s.absent().isEmpty()) {
            text.append("\n\n").append(INTERNAL_NOTE).append(s.absent().size()).append(" vắng mặt, ")
                    .append(s.onBehalf().size()).append(" nhận thay.)");
        }
        return text.toString();
    }

    /** The draft without its internal note (the part for the organizers, not for publication). */
    public static String publishable(String draft) {
        int note = draft.indexOf("\n\n" + INTERNAL_NOTE);
        return note < 0 ? draft : draft.substring(0, note);
    }

    private static String joinVietnamese(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join("; ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
    }
}
