package vn.congan.ceremony.conference;

import java.time.LocalTime;
import java.util.List;

/**
 * The typical programme of a summary conference (the domain brief's table), the template
 * every new conference starts from. Starting at 07:30 it gives 07:30 welcome, 08:00 flag
 * salute, 08:05 opening, 08:15 report, 08:45 contributions, 09:15 decisions, 09:25 awards,
 * 10:05 directing speech, 10:35 response and 10:45 closing.
 */
public final class TypicalProgramme {

    /** One template item; {@code responsible} is the free text printed in the programme. */
    public record Item(AgendaItemType type, String title, String responsible, int durationMinutes,
            LocalTime fixedStart) {
    }

    /** The official start: the flag salute is held at this time whatever the welcome takes. */
    public static final LocalTime FLAG_SALUTE = LocalTime.of(8, 0);

    private static final List<Item> ITEMS = List.of(
            new Item(AgendaItemType.WELCOME, "Đón tiếp đại biểu", "Ban tổ chức", 30, null),
            new Item(AgendaItemType.FLAG_SALUTE, "Chào cờ", "Người dẫn chương trình", 5, FLAG_SALUTE),
            new Item(AgendaItemType.OPENING, "Tuyên bố lý do, giới thiệu đại biểu", "Người dẫn chương trình", 10, null),
            new Item(AgendaItemType.REPORT, "Báo cáo tổng kết phong trào thi đua", "Phó Giám đốc Công an tỉnh", 30, null),
            new Item(AgendaItemType.CONTRIBUTION, "Tham luận", "Đại diện các đơn vị", 30, null),
            new Item(AgendaItemType.DECISION_ANNOUNCEMENT, "Công bố quyết định khen thưởng",
                    "Chánh Văn phòng Công an tỉnh", 10, null),
            new Item(AgendaItemType.AWARD_PRESENTATION, "Trao khen thưởng", "Lãnh đạo Công an tỉnh", 40, null),
            new Item(AgendaItemType.DIRECTING_SPEECH, "Phát biểu chỉ đạo", "Giám đốc Công an tỉnh", 30, null),
            new Item(AgendaItemType.RESPONSE, "Phát biểu tiếp thu chỉ đạo", "Đại diện lãnh đạo đơn vị", 10, null),
            new Item(AgendaItemType.CLOSING, "Bế mạc", "Người dẫn chương trình", 10, null));

    private TypicalProgramme() {
    }

    public static List<Item> items() {
        return ITEMS;
    }

    public static List<AgendaSchedule.Timing> timings() {
        return ITEMS.stream().map(i -> new AgendaSchedule.Timing(i.durationMinutes(), i.fixedStart())).toList();
    }
}
