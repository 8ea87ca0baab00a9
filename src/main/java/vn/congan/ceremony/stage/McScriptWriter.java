package vn.congan.ceremony.stage;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.AgendaItemType;
import vn.congan.ceremony.conference.DelegateIntroduction;
import vn.congan.ceremony.stage.McScript.Kind;
import vn.congan.ceremony.stage.McScript.Line;
import vn.congan.ceremony.stage.McScript.Section;

/**
 * Writes the MC's script from the agenda, the delegates and the batches with the fixed
 * phrasings of the domain brief ("What the MC says"). Plain Java: the service gathers the
 * data, this class only words it. Line keys name what a line is about (an agenda item, a
 * delegate, a batch, an award), not where it stands, so overrides survive reordering.
 */
public final class McScriptWriter {

    /** An agenda item as the script needs it; {@code who} is "đồng chí ..., title" or null. */
    public record Item(long id, AgendaItemType type, String title, LocalTime start, int minutes, String who,
            String responsibleText, String notes) {
    }

    /** One delegate's introduction sentence ("Xin trân trọng giới thiệu đồng chí ..."). */
    public record Introduction(long delegateId, String sentence) {
    }

    public static final String CALL_MIXED =
            "Xin trân trọng kính mời đại diện các tập thể và các cá nhân có tên sau lên nhận khen thưởng:";
    public static final String CALL_COLLECTIVES =
            "Xin trân trọng kính mời đại diện các tập thể có tên sau lên nhận khen thưởng:";
    public static final String CALL_INDIVIDUALS = "Xin trân trọng kính mời các cá nhân có tên sau lên nhận khen thưởng:";

    private McScriptWriter() {
    }

    public static McScript write(String conferenceTitle, String department, List<Item> agenda,
            List<Introduction> introductions, List<StageBatch> batches) {
        return write(conferenceTitle, null, department, agenda, introductions, batches);
    }

    /**
     * {@code timeAndPlace} is what stands under the title (time and date, then the venue on a line
     * of its own), see {@link #timeAndPlace}; null for none.
     */
    public static McScript write(String conferenceTitle, String timeAndPlace, String department, List<Item> agenda,
            List<Introduction> introductions, List<StageBatch> batches) {
        List<Section> sections = new ArrayList<>();
        Long firstAwardItem = agenda.stream().filter(i -> i.type() == AgendaItemType.AWARD_PRESENTATION)
                .map(Item::id).findFirst().orElse(null);
        int number = 1;
        for (Item item : agenda) {
            List<Line> lines = new ArrayList<>();
            String k = "item-" + item.id();
            switch (item.type()) {
                case WELCOME -> lines.add(Line.of(k + ".say", Kind.SAY, "Kính đề nghị các đồng chí đại biểu và "
                        + "toàn thể các đồng chí ổn định chỗ ngồi để hội nghị bắt đầu."));
                case FLAG_SALUTE -> {
                    lines.add(Line.of(k + ".say", Kind.SAY, "Xin trân trọng kính mời các đồng chí đại biểu và toàn "
                            + "thể các đồng chí đứng dậy làm lễ chào cờ."));
                    lines.add(Line.of(k + ".command", Kind.SAY, "Nghiêm! Chào cờ, chào!"));
                    lines.add(Line.of(k + ".anthem", Kind.NOTE, "Quốc ca."));
                    lines.add(Line.of(k + ".sit", Kind.SAY, "Xin mời các đồng chí ngồi."));
                }
                case OPENING -> opening(lines, k, conferenceTitle, department, introductions);
                case AWARD_PRESENTATION -> {
                    lines.add(Line.of(k + ".say", Kind.SAY, "Tiếp theo chương trình, hội nghị tiến hành trao khen "
                            + "thưởng cho các tập thể, cá nhân có thành tích xuất sắc."));
                    for (StageBatch batch : batches) {
                        Long held = batch.agendaItemId() == null ? firstAwardItem : batch.agendaItemId();
                        if (Objects.equals(held, item.id())) {
                            batch(lines, batch);
                        }
                    }
                }
                case CLOSING -> {
                    lines.add(Line.of(k + ".say", Kind.SAY, "Kính thưa các đồng chí! " + conferenceTitle
                            + " đến đây đã hoàn thành toàn bộ nội dung chương trình đề ra."));
                    lines.add(Line.of(k + ".thanks", Kind.SAY, "Thay mặt Ban tổ chức, xin trân trọng cảm ơn các đồng "
                            + "chí đại biểu và toàn thể các đồng chí đã về dự hội nghị. Xin kính chúc các đồng chí "
                            + "mạnh khỏe, hạnh phúc và thành công."));
                }
                case BREAK -> lines.add(Line.of(k + ".say", Kind.SAY, "Hội nghị nghỉ giải lao " + item.minutes()
                        + " phút."));
                case PERFORMANCE -> lines.add(Line.of(k + ".say", Kind.SAY,
                        "Xin mời các đồng chí cùng thưởng thức chương trình văn nghệ."));
                default -> invitations(lines, k, item);
            }
            if (item.notes() != null) {
                lines.add(Line.of(k + ".notes", Kind.NOTE, item.notes()));
            }
            String heading = item.start() == null ? item.title() : DateLine.time(item.start()) + " - " + item.title();
            sections.add(new Section(k, number++, heading, lines));
        }
        if (firstAwardItem == null && !batches.isEmpty()) {
            List<Line> lines = new ArrayList<>();
            batches.forEach(b -> batch(lines, b));
            sections.add(new Section("awards", number, "Trao khen thưởng", lines));
        }
        return new McScript("Kịch bản dẫn chương trình " + lowerFirst(conferenceTitle), timeAndPlace, sections);
    }

    /** "Thời gian: 07 giờ 30, ngày 20 tháng 11 năm 2020" over "Địa điểm: Hội trường ..." (two lines). */
    public static String timeAndPlace(LocalDate date, LocalTime start, String venue) {
        StringBuilder s = new StringBuilder("Thời gian: ");
        if (start != null) {
            s.append(DateLine.documentTime(start)).append(", ");
        }
        s.append(DateLine.date(date));
        String place = VietText.cleanToNull(venue);
        if (place != null) {
            s.append("\nĐịa điểm: ").append(place);
        }
        return s.toString();
    }

    /**
     * One invitation per speaker: a list of speakers ("Phòng Cảnh sát hình sự; Công an huyện An
     * Lạc") is read as one invitation each, in order, the later ones opened with "Tiếp theo". The
     * first keeps the key of a single invitation, so an override written before still applies.
     */
    private static void invitations(List<Line> lines, String k, Item item) {
        List<String> speakers = item.who() != null ? List.of(item.who()) : speakers(item.responsibleText());
        for (int i = 0; i < speakers.size(); i++) {
            String invite = "Xin trân trọng kính mời " + beforeVerb(speakers.get(i)) + " " + action(item) + ".";
            lines.add(Line.of(i == 0 ? k + ".say" : k + ".say-" + (i + 1), Kind.SAY,
                    i == 0 ? invite : "Tiếp theo, x" + invite.substring(1)));
        }
    }

    /** The speakers of a free text, each as addressed; one ("đồng chí lãnh đạo") without text. */
    private static List<String> speakers(String responsibleText) {
        String text = VietText.cleanToNull(responsibleText);
        if (text == null) {
            return List.of("đồng chí lãnh đạo");
        }
        List<String> speakers = new ArrayList<>();
        for (String part : text.split(";")) {
            String one = VietText.cleanToNull(part);
            if (one != null) {
                speakers.add(who(one));
            }
        }
        return speakers.isEmpty() ? List.of("đồng chí lãnh đạo") : speakers;
    }

    private static void opening(List<Line> lines, String k, String conferenceTitle, String department,
            List<Introduction> introductions) {
        lines.add(Line.of(k + ".greeting", Kind.SAY, "Kính thưa các đồng chí đại biểu, thưa toàn thể các đồng chí!"));
        lines.add(Line.of(k + ".reason", Kind.SAY, "Hôm nay, " + department + " long trọng tổ chức "
                + conferenceTitle + "."));
        if (!introductions.isEmpty()) {
            lines.add(Line.of(k + ".introduction", Kind.SAY, DelegateIntroduction.OPENING));
            for (Introduction i : introductions) {
                lines.add(Line.of("delegate-" + i.delegateId(), Kind.SAY, i.sentence()));
            }
            lines.add(Line.of(k + ".everyone", Kind.SAY, DelegateIntroduction.CLOSING));
        }
    }

    /** The four parts of a batch: heading, inviting the presenter, calling the names, thanks. */
    private static void batch(List<Line> lines, StageBatch batch) {
        String k = "batch-" + batch.id();
        lines.add(Line.of(k + ".heading", Kind.BATCH, "Đợt " + batch.number() + ": " + batch.formName() + " ("
                + count(batch) + ")"));
        lines.add(Line.of(k + ".invite", Kind.SAY, invitation(batch)));
        lines.add(Line.of(k + ".call", Kind.SAY, !batch.hasIndividuals() ? CALL_COLLECTIVES
                : !batch.hasCollectives() ? CALL_INDIVIDUALS : CALL_MIXED));
        int n = 1;
        for (StageEntry e : batch.entries()) {
            lines.add(Line.name("award-" + e.awardId(), n++, nameLine(e)));
        }
        lines.add(Line.of(k + ".thanks", Kind.SAY, thanks(batch)));
    }

    /**
     * "Xin trân trọng kính mời đồng chí Đại tá Nguyễn Thế Hùng, Ủy viên ..., Giám đốc Công an
     * tỉnh, thừa ủy quyền Bộ trưởng Bộ Công an, lên trao Bằng khen của Bộ trưởng Bộ Công an cho
     * các tập thể, cá nhân."
     */
    public static String invitation(StageBatch batch) {
        StringBuilder s = new StringBuilder("Xin trân trọng kính mời ");
        String presenter = batch.presenterAddressWithTitle();
        if (presenter == null) {
            s.append("đồng chí lãnh đạo");
        } else if (batch.onAuthorityOf() != null) {
            s.append(presenter);
        } else {
            // the titles end before the verb: "..., Phó Giám đốc Công an tỉnh, lên trao ..."
            s.append(beforeVerb(presenter));
        }
        if (batch.onAuthorityOf() != null) {
            s.append(", thừa ủy quyền ").append(batch.onAuthorityOf()).append(",");
        }
        s.append(" lên trao ").append(batch.formName()).append(" cho ").append(recipients(batch)).append('.');
        return s.toString();
    }

    /** "Xin chúc mừng các tập thể, cá nhân. Xin trân trọng cảm ơn đồng chí Đại tá Nguyễn Thế Hùng." */
    public static String thanks(StageBatch batch) {
        String congratulate = "Xin chúc mừng " + recipients(batch) + ".";
        return batch.presenterRankAndName() == null ? congratulate
                : congratulate + " Xin trân trọng cảm ơn đồng chí " + batch.presenterRankAndName() + ".";
    }

    /**
     * A name as read out: "Thượng úy Nguyễn Văn An, Phòng Cảnh sát hình sự" for a person;
     * "Phòng Cảnh sát hình sự, đại diện nhận: đồng chí Thượng tá Lê Văn Bình" for a collective.
     */
    public static String nameLine(StageEntry e) {
        if (!e.collective()) {
            return e.labelWithUnit();
        }
        if (e.representative() == null) {
            return e.label();
        }
        return e.label() + ", đại diện nhận: " + (e.representativePersonId() != null ? "đồng chí " : "")
                + e.representative();
    }

    /** "3 tập thể, 5 cá nhân", or one of them alone; "0 người nhận" for an empty batch. */
    public static String count(StageBatch batch) {
        long collectives = batch.entries().stream().filter(StageEntry::collective).count();
        long individuals = batch.size() - collectives;
        if (collectives == 0 && individuals == 0) {
            return "0 người nhận";
        }
        List<String> parts = new ArrayList<>();
        if (collectives > 0) {
            parts.add(collectives + " tập thể");
        }
        if (individuals > 0) {
            parts.add(individuals + " cá nhân");
        }
        return String.join(", ", parts);
    }

    private static String recipients(StageBatch batch) {
        return !batch.hasIndividuals() ? "các tập thể" : !batch.hasCollectives() ? "các cá nhân" : "các tập thể, cá nhân";
    }

    private static String action(Item item) {
        return switch (item.type()) {
            case REPORT -> "trình bày " + lowerFirst(item.title());
            case CONTRIBUTION -> "trình bày tham luận";
            case DECISION_ANNOUNCEMENT -> "công bố các quyết định khen thưởng";
            case DIRECTING_SPEECH -> "phát biểu chỉ đạo hội nghị";
            case RESPONSE -> "phát biểu tiếp thu ý kiến chỉ đạo";
            default -> lowerFirst(item.title());
        };
    }

    /** One speaker named in free text, read naturally: "đại diện Phòng ..." for a unit, "đồng chí ..." for a role. */
    private static String who(String text) {
        String folded = VietText.fold(text);
        if (folded.startsWith("dai dien") || folded.startsWith("dong chi ")) {
            return lowerFirst(text);
        }
        if (folded.startsWith("phong ") || folded.startsWith("cong an ") || folded.startsWith("van phong")
                || folded.startsWith("doi ") || folded.startsWith("ban ")) {
            return "đại diện " + text;
        }
        return "đồng chí " + text;
    }

    /**
     * An address followed by a verb: after a person's titles a comma closes them ("đồng chí Đại tá
     * Trần Quốc Bình, Phó Giám đốc Công an tỉnh, trình bày ..."); a bare name or role takes none.
     */
    static String beforeVerb(String address) {
        return address.contains(",") && !address.endsWith(",") ? address + "," : address;
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + text.substring(1);
    }
}
