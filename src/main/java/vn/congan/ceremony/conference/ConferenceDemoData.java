package vn.congan.ceremony.conference;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Rank;

/**
 * The demo conference's delegates (the Director, his deputies and two outside guests) and
 * its agenda: the typical programme, with the report, the awards and the directing speech
 * given to delegates. Runs early so that later contributors (stage order) find both.
 */
@Component
class ConferenceDemoData implements DemoDataContributor {

    static final String DIRECTOR_TITLE = "Ủy viên Ban Thường vụ Đảng ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh";
    private static final List<String> DEPUTIES = List.of("Trần Quốc Bình", "Lê Văn Ước", "Phạm Thị Ánh");

    private final OrganisationService organisation;
    private final DelegateRepository delegates;
    private final AgendaItemRepository agendaItems;

    ConferenceDemoData(OrganisationService organisation, DelegateRepository delegates, AgendaItemRepository agendaItems) {
        this.organisation = organisation;
        this.delegates = delegates;
        this.agendaItems = agendaItems;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void contribute(Conference conference) {
        int precedence = 1;
        Delegate director = delegates.save(Delegate.ofPerson(conference, person("Nguyễn Thế Hùng"), DIRECTOR_TITLE,
                precedence++));
        delegates.save(Delegate.guest(conference, "Hoàng Minh Tuấn", Rank.NONE, "Tỉnh ủy viên, Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Bình An", precedence++));
        Delegate firstDeputy = null;
        for (String name : DEPUTIES) {
            Delegate deputy = delegates.save(Delegate.ofPerson(conference, person(name),
                    "Đảng ủy viên, Phó Giám đốc Công an tỉnh", precedence++));
            firstDeputy = firstDeputy == null ? deputy : firstDeputy;
        }
        delegates.save(Delegate.guest(conference, "Đỗ Thị Lan", Rank.NONE, "Trưởng Ban Thi đua - Khen thưởng",
                "Sở Nội vụ tỉnh Bình An", precedence));

        Map<AgendaItemType, Delegate> led = Map.of(AgendaItemType.REPORT, firstDeputy,
                AgendaItemType.AWARD_PRESENTATION, director, AgendaItemType.DIRECTING_SPEECH, director);
        Map<AgendaItemType, String> responsible = Map.of(
                AgendaItemType.CONTRIBUTION, "Phòng Cảnh sát hình sự; Công an huyện An Lạc",
                AgendaItemType.RESPONSE, "Đại diện lãnh đạo Công an thành phố Bình An");
        int position = 1;
        for (TypicalProgramme.Item t : TypicalProgramme.items()) {
            AgendaItem item = new AgendaItem(conference, position++, t.type(), t.title(), t.durationMinutes());
            item.setFixedStart(t.fixedStart());
            item.setResponsibleDelegate(led.get(t.type()));
            item.setResponsibleText(led.containsKey(t.type()) ? null : responsible.getOrDefault(t.type(), t.responsible()));
            agendaItems.save(item);
        }
    }

    private Person person(String fullName) {
        return organisation.personNamed(fullName)
                .orElseThrow(() -> new IllegalStateException("Demo person missing: " + fullName));
    }
}
