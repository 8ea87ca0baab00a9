package vn.congan.ceremony.conference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;

/** The printed programme of a conference, as stored now. */
@Service
public class ProgrammeService {

    private final OrganisationService organisation;
    private final AgendaService agenda;
    private final ObjectProvider<AwardPresenters> presenters;

    public ProgrammeService(OrganisationService organisation, AgendaService agenda,
            ObjectProvider<AwardPresenters> presenters) {
        this.organisation = organisation;
        this.agenda = agenda;
        this.presenters = presenters;
    }

    @Transactional(readOnly = true)
    public byte[] programmePdf(Conference conference) {
        OrgSettings org = organisation.settings()
                .orElseThrow(() -> new UserMessageException("programme.error.settings"));
        AgendaPlan plan = agenda.plan(conference);
        AwardPresenters source = presenters.getIfAvailable();
        List<AwardPresenters.Presenter> list = source == null ? List.of() : source.inCeremonyOrder(conference);
        return ProgrammeRenderer.render(org, plan, chairLine(plan.conference().getChair()), presentersByItem(plan,
                list));
    }

    /** "Đại tá Nguyễn Thế Hùng, Giám đốc Công an tỉnh": rank, name and position; null without a chair. */
    static String chairLine(Person chair) {
        if (chair == null) {
            return null;
        }
        String position = VietText.cleanToNull(chair.getPosition());
        return position == null ? chair.getRankAndName() : chair.getRankAndName() + ", " + position;
    }

    /**
     * Each award item's presenters, each named once, in the order they first hand over; a batch
     * held in no particular item is handed over in the first award item.
     */
    static Map<Long, List<String>> presentersByItem(AgendaPlan plan, List<AwardPresenters.Presenter> presenters) {
        Long first = plan.items().stream().filter(i -> i.getType() == AgendaItemType.AWARD_PRESENTATION)
                .map(AgendaItem::getId).filter(Objects::nonNull).findFirst().orElse(null);
        Map<Long, Set<String>> names = new LinkedHashMap<>();
        for (AwardPresenters.Presenter p : presenters) {
            Long item = p.agendaItemId() == null ? first : p.agendaItemId();
            String name = VietText.cleanToNull(p.rankAndName());
            if (item != null && name != null) {
                names.computeIfAbsent(item, i -> new LinkedHashSet<>()).add(name);
            }
        }
        Map<Long, List<String>> result = new LinkedHashMap<>();
        names.forEach((item, set) -> result.put(item, new ArrayList<>(set)));
        return result;
    }

    /** "chuong-trinh-hoi-nghi-2020-11-20.pdf": ASCII, so every browser keeps it. */
    public static String fileName(Conference conference) {
        return "chuong-trinh-hoi-nghi-" + conference.getDate() + ".pdf";
    }
}
