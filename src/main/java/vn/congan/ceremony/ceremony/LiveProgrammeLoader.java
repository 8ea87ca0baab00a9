package vn.congan.ceremony.ceremony;

import jakarta.persistence.EntityManager;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.AgendaItemType;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.stage.McScript;
import vn.congan.ceremony.stage.McScriptService;
import vn.congan.ceremony.stage.StageBatch;
import vn.congan.ceremony.stage.StageEntry;
import vn.congan.ceremony.stage.StageOrderService;

/**
 * Reads the agenda and the batches of a conference in a few fetch queries (no lazy loading
 * per recipient) and turns them into a {@link LiveProgramme}.
 */
@Component
public class LiveProgrammeLoader {

    /** Between a collective and its representative in the line the MC reads: "Phòng X — đại diện: Thượng tá Y". */
    public static final String REPRESENTED_BY = " — đại diện: ";

    private final EntityManager em;
    private final McScriptService scripts;
    private final StageOrderService stage;

    public LiveProgrammeLoader(EntityManager em, McScriptService scripts, StageOrderService stage) {
        this.em = em;
        this.scripts = scripts;
        this.stage = stage;
    }

    /**
     * What the MC reads for each agenda item: the spoken lines of the item's section of the MC
     * script (with the organizer's overrides), up to the first batch heading, one per line; the
     * stage directions in parentheses ({@link ScriptLines}).
     */
    private Map<Long, String> scriptByItem(McScript mcScript) {
        Map<Long, String> result = new HashMap<>();
        for (McScript.Section section : mcScript.sections()) {
            if (!section.key().startsWith("item-")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (McScript.Line line : section.lines()) {
                if (line.kind() == McScript.Kind.BATCH) {
                    break;
                }
                if (line.kind() == McScript.Kind.SAY || line.kind() == McScript.Kind.NOTE) {
                    text.append(text.length() == 0 ? "" : "\n").append(shown(line));
                }
            }
            if (text.length() > 0) {
                result.put(Long.valueOf(section.key().substring("item-".length())), text.toString());
            }
        }
        return result;
    }

    /**
     * Each batch's own lines of the MC script (with overrides): the lines after its heading,
     * spoken before the names (for an item's first batch, the item's own lines first), the names
     * the organizer rewrote, and the lines after the names.
     */
    private Map<Long, LiveProgramme.BatchScript> scriptByBatch(McScript script) {
        Map<Long, LiveProgramme.BatchScript> result = new HashMap<>();
        for (McScript.Section section : script.sections()) {
            Long batch = null;
            List<String> before = new ArrayList<>();
            Map<Long, String> names = new HashMap<>();
            List<String> after = new ArrayList<>();
            boolean afterNames = false;
            // The item's own lines (the award presentation's opening sentence): the MC reads them
            // once, before the invitation of the item's first batch, which is the item's first step.
            List<String> intro = new ArrayList<>();
            for (McScript.Line line : section.lines()) {
                if (line.kind() == McScript.Kind.BATCH) {
                    if (batch != null) {
                        result.put(batch, new LiveProgramme.BatchScript(before, names, after));
                    }
                    batch = batchId(line.key());
                    before = new ArrayList<>(intro);
                    intro.clear();
                    names = new HashMap<>();
                    after = new ArrayList<>();
                    afterNames = false;
                } else if (batch == null) {
                    if (line.kind() == McScript.Kind.SAY || line.kind() == McScript.Kind.NOTE) {
                        intro.add(shown(line));
                    }
                } else if (line.kind() == McScript.Kind.NAME) {
                    afterNames = true;
                    if (line.overridden() && line.key().startsWith("award-")) {
                        names.put(Long.valueOf(line.key().substring("award-".length())), line.text());
                    }
                } else if (!afterNames) {
                    before.add(shown(line));
                } else {
                    after.add(shown(line));
                }
            }
            if (batch != null) {
                result.put(batch, new LiveProgramme.BatchScript(before, names, after));
            }
        }
        return result;
    }

    /** A line as the MC's tablet reads it: a stage direction in parentheses, as the printed script has it. */
    private static String shown(McScript.Line line) {
        return line.kind() == McScript.Kind.NOTE ? ScriptLines.direction(line.text()) : line.text();
    }

    private static Long batchId(String key) {
        String id = key.substring("batch-".length(), key.indexOf('.'));
        return Long.valueOf(id);
    }

    @Transactional(readOnly = true)
    public LiveProgramme load(Conference conference) {
        List<AgendaItem> agenda = em.createQuery("select a from AgendaItem a left join fetch a.responsibleDelegate d "
                + "left join fetch d.person where a.conference = :c order by a.position", AgendaItem.class)
                .setParameter("c", conference).getResultList();
        McScript mcScript = scripts.script(conference);
        Map<Long, String> script = scriptByItem(mcScript);
        Map<Long, LiveProgramme.BatchScript> batchScripts = scriptByBatch(mcScript);
        List<LiveProgramme.Item> items = new ArrayList<>();
        LocalTime clock = conference.getStartTime();
        for (AgendaItem item : agenda) {
            LocalTime start = item.getFixedStart() != null ? item.getFixedStart() : clock;
            boolean award = item.getType() == AgendaItemType.AWARD_PRESENTATION;
            items.add(new LiveProgramme.Item(item.getId(), item.getTitle(), award,
                    script.getOrDefault(item.getId(), item.getMcNotes() != null ? item.getMcNotes() : item.getTitle()),
                    item.responsibleLabel(), start,
                    item.getDurationMinutes()));
            clock = start.plusMinutes(item.getDurationMinutes());
        }

        List<LiveProgramme.Batch> batches = new ArrayList<>();
        for (StageBatch b : stage.plan(conference).batches()) {
            List<LiveProgramme.Recipient> recipients = new ArrayList<>(b.size());
            for (StageEntry entry : b.entries()) {
                recipients.add(recipient(b.formName(), entry));
            }
            batches.add(new LiveProgramme.Batch(b.id(), b.agendaItemId() == null ? 0 : b.agendaItemId(), b.number(),
                    b.formName(), b.presenterRankAndName(), b.onAuthorityOf(), recipients, batchScripts.get(b.id())));
        }
        return new LiveProgramme(conference.getTitle(), items, batches, LiveProgramme.planOf(items, batches));
    }

    /** A recipient as the MC's tablet, backstage and the projector read it, from the stage order's read model. */
    static LiveProgramme.Recipient recipient(String form, StageEntry entry) {
        String unit = entry.unitName();
        if (entry.collective()) {
            String repText = entry.representative();
            String read = repText == null ? unit : unit + REPRESENTED_BY + repText;
            return new LiveProgramme.Recipient(entry.awardId(), true, form, read, unit, repText,
                    unit + " " + (repText == null ? "" : repText), entry.representativePersonId(), entry.sortKey());
        }
        return new LiveProgramme.Recipient(entry.awardId(), false, form, entry.labelWithUnit(), entry.label(), unit,
                entry.personName() + " " + (unit == null ? "" : unit), entry.personId(), entry.sortKey());
    }
}
