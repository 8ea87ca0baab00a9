package vn.congan.ceremony.stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.AgendaPlan;
import vn.congan.ceremony.conference.AgendaService;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.conference.DelegateIntroduction;
import vn.congan.ceremony.conference.DelegateService;
import vn.congan.ceremony.conference.ScheduledItem;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.PositionHolder;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.RoleHolders;

/**
 * The MC script of a conference, generated afresh from the agenda, the delegates and the
 * batches each time, with the organizer's per-line overrides laid over it; and its PDFs.
 */
@Service
public class McScriptService {

    private final ConferenceService conferences;
    private final AgendaService agenda;
    private final DelegateService delegates;
    private final StageOrderService stage;
    private final McScriptOverrideRepository overrides;
    private final OrganisationService organisation;

    public McScriptService(ConferenceService conferences, AgendaService agenda, DelegateService delegates,
            StageOrderService stage, McScriptOverrideRepository overrides, OrganisationService organisation) {
        this.organisation = organisation;
        this.conferences = conferences;
        this.agenda = agenda;
        this.delegates = delegates;
        this.stage = stage;
        this.overrides = overrides;
    }

    /** The script with overrides applied. */
    @Transactional(readOnly = true)
    public McScript script(Conference conference) {
        Conference managed = managed(conference);
        Map<String, McScript.Rewrite> rewrites = new HashMap<>();
        overrides.findByConference(managed).forEach(o -> rewrites.put(o.getLineKey(),
                new McScript.Rewrite(o.getText(), o.getGeneratedText())));
        return generated(managed).withOverrides(rewrites);
    }

    /** The stage order, for the award order list. */
    @Transactional(readOnly = true)
    public StagePlan stagePlan(Conference conference) {
        return stage.plan(conference);
    }

    /**
     * Stores {@code text} in place of the generated line {@code key}; blank text (or the
     * generated text itself) removes the override. {@code seen} is the line's text as the
     * user saw it: when someone else changed the line meanwhile, the edit is refused. Saving
     * records today's generated text with it, so a line marked for review is reviewed by
     * saving it again (with the same text or another).
     */
    @Transactional
    public void override(Conference conference, String key, String seen, String text) {
        Conference managed = managed(conference);
        McScript.Line line = generated(managed).lines().stream().filter(l -> l.key().equals(key) && l.editable())
                .findFirst().orElseThrow(() -> new UserMessageException("error.gone"));
        String cleaned = VietText.cleanToNull(text);
        var existing = overrides.findByConferenceAndLineKey(managed, key);
        String current = existing.map(McScriptOverride::getText).orElse(line.generated());
        if (!current.equals(VietText.clean(seen))) {
            throw new UserMessageException("error.concurrent");
        }
        if (cleaned == null || cleaned.equals(line.generated())) {
            existing.ifPresent(overrides::delete);
            return;
        }
        if (cleaned.length() > 4000) {
            throw new UserMessageException("script.error.tooLong");
        }
        McScriptOverride o = existing.orElseGet(() -> new McScriptOverride(managed, key));
        o.setText(cleaned);
        o.setGeneratedText(line.generated());
        overrides.save(o);
    }

    /** The script PDF in large print. */
    @Transactional(readOnly = true)
    public byte[] scriptPdf(Conference conference) {
        Conference managed = managed(conference);
        return McScriptPdf.render(script(managed), managed.getTitle());
    }

    /** The award order list for the stage manager. */
    @Transactional(readOnly = true)
    public byte[] orderListPdf(Conference conference) {
        Conference managed = managed(conference);
        OrgSettings org = organisation.settings().orElse(null);
        return AwardOrderListPdf.render(stage.plan(managed), managed, org == null ? "" : org.getParentBody(),
                org == null ? "" : org.getDepartmentName(), org == null ? "" : org.getPlaceName());
    }

    private McScript generated(Conference conference) {
        AgendaPlan plan = agenda.plan(conference);
        List<Delegate> list = delegates.introductionOrder(conference);
        RoleHolders.Index<PositionHolder> roleHolders = null;
        List<McScriptWriter.Item> items = new ArrayList<>();
        for (ScheduledItem row : plan.rows()) {
            var item = row.item();
            Delegate d = item.getResponsibleDelegate();
            String who = d == null ? null : DelegateIntroduction.addressWithTitle(d);
            String role = item.getResponsibleText();
            if (who == null && role != null && !role.contains(";")) {
                if (roleHolders == null) {
                    roleHolders = organisation.roleHolders();
                }
                who = holderAddress(role, list, roleHolders);
            }
            items.add(new McScriptWriter.Item(item.getId(), item.getType(), item.getTitle(), row.slot().start(),
                    row.estimatedMinutes(), who, role, item.getMcNotes()));
        }
        List<String> sentences = DelegateIntroduction.sentences(list);
        List<McScriptWriter.Introduction> introductions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            introductions.add(new McScriptWriter.Introduction(list.get(i).getId(), sentences.get(i)));
        }
        String department = organisation.settings().map(OrgSettings::getDepartmentName).orElse("");
        return McScriptWriter.write(conference.getTitle(), McScriptWriter.timeAndPlace(conference.getDate(),
                conference.getStartTime(), conference.getVenue()), department, items, introductions,
                stage.plan(conference).batches());
    }

    /**
     * A role named in words ("Chánh Văn phòng Công an tỉnh") as the person who holds it: a
     * delegate's own introduction when a delegate holds it, else "đồng chí Thượng tá Lê Văn Hòa,
     * Chánh Văn phòng Công an tỉnh"; null when no one, or more than one, holds it.
     */
    private static String holderAddress(String role, List<Delegate> delegates, RoleHolders.Index<PositionHolder> people) {
        List<Person> delegatePeople = delegates.stream().map(Delegate::getPerson).filter(Objects::nonNull).toList();
        var delegate = RoleHolders.holder(role, delegatePeople);
        if (delegate.isPresent()) {
            return delegates.stream().filter(d -> delegate.get().equals(d.getPerson())).findFirst()
                    .map(DelegateIntroduction::addressWithTitle).orElse(null);
        }
        return people.holder(role)
                .map(p -> Rank.address(p.rank(), p.fullName()) + ", " + VietText.clean(role)).orElse(null);
    }

    private Conference managed(Conference conference) {
        return conferences.load(conference.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
    }
}
