package vn.congan.ceremony.ceremony;

import jakarta.persistence.EntityManager;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.AgendaItemType;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.common.text.VietnameseCollation;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.stage.BatchEntry;
import vn.congan.ceremony.stage.McScript;
import vn.congan.ceremony.stage.McScriptService;
import vn.congan.ceremony.stage.PresentationBatch;

/**
 * Reads the agenda and the batches of a conference in a few fetch queries (no lazy loading
 * per recipient) and turns them into a {@link Programme}.
 */
@Component
public class ProgrammeLoader {

    /** Between a collective and its representative in the line the MC reads: "Phòng X — đại diện: Thượng tá Y". */
    public static final String REPRESENTED_BY = " — đại diện: ";

    private final EntityManager em;
    private final McScriptService scripts;

    public ProgrammeLoader(EntityManager em, McScriptService scripts) {
        this.em = em;
        this.scripts = scripts;
    }

    /**
     * What the MC reads for each agenda item: the spoken lines of the item's section of the MC
     * script (with the organizer's overrides), up to the first batch heading, one per line; the
     * stage directions in parentheses ({@link ScriptLines}).
     */
    private Map<Long, String> scriptByItem(McScript mcScript) {
        Map<Long, String> result = new java.util.HashMap<>();
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
    private Map<Long, Programme.BatchScript> scriptByBatch(McScript script) {
        Map<Long, Programme.BatchScript> result = new java.util.HashMap<>();
        for (McScript.Section section : script.sections()) {
            Long batch = null;
            List<String> before = new ArrayList<>();
            Map<Long, String> names = new java.util.HashMap<>();
            List<String> after = new ArrayList<>();
            boolean afterNames = false;
            // The item's own lines (the award presentation's opening sentence): the MC reads them
            // once, before the invitation of the item's first batch, which is the item's first step.
            List<String> intro = new ArrayList<>();
            for (McScript.Line line : section.lines()) {
                if (line.kind() == McScript.Kind.BATCH) {
                    if (batch != null) {
                        result.put(batch, new Programme.BatchScript(before, names, after));
                    }
                    batch = batchId(line.key());
                    before = new ArrayList<>(intro);
                    intro.clear();
                    names = new java.util.HashMap<>();
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
                result.put(batch, new Programme.BatchScript(before, names, after));
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
    public Programme load(Conference conference) {
        List<AgendaItem> agenda = em.createQuery("select a from AgendaItem a left join fetch a.responsibleDelegate d "
                + "left join fetch d.person where a.conference = :c order by a.position", AgendaItem.class)
                .setParameter("c", conference).getResultList();
        McScript mcScript = scripts.script(conference);
        Map<Long, String> script = scriptByItem(mcScript);
        Map<Long, Programme.BatchScript> batchScripts = scriptByBatch(mcScript);
        List<Programme.Item> items = new ArrayList<>();
        LocalTime clock = conference.getStartTime();
        for (AgendaItem item : agenda) {
            LocalTime start = item.getFixedStart() != null ? item.getFixedStart() : clock;
            boolean award = item.getType() == AgendaItemType.AWARD_PRESENTATION;
            items.add(new Programme.Item(item.getId(), item.getTitle(), award,
                    script.getOrDefault(item.getId(), item.getMcNotes() != null ? item.getMcNotes() : item.getTitle()),
                    item.responsibleLabel(), start,
                    item.getDurationMinutes()));
            clock = start.plusMinutes(item.getDurationMinutes());
        }

        List<PresentationBatch> batchRows = em.createQuery("select b from PresentationBatch b join fetch b.form "
                + "left join fetch b.agendaItem left join fetch b.presenter p left join fetch p.person "
                + "where b.conference = :c order by b.position", PresentationBatch.class)
                .setParameter("c", conference).getResultList();
        List<BatchEntry> entries = em.createQuery("select e from BatchEntry e join fetch e.batch b "
                + "join fetch e.award a join fetch a.decision d join fetch d.form "
                + "left join fetch a.unit left join fetch a.person p left join fetch p.unit "
                + "left join fetch a.representative r left join fetch r.unit "
                + "where b.conference = :c order by b.position, e.position", BatchEntry.class)
                .setParameter("c", conference).getResultList();
        Map<Long, List<Programme.Recipient>> byBatch = new LinkedHashMap<>();
        for (BatchEntry entry : entries) {
            byBatch.computeIfAbsent(entry.getBatch().getId(), k -> new ArrayList<>()).add(recipient(entry.getAward()));
        }
        List<Programme.Batch> batches = new ArrayList<>();
        for (PresentationBatch b : batchRows) {
            Delegate presenter = b.getPresenter();
            batches.add(new Programme.Batch(b.getId(), b.getAgendaItem() == null ? 0 : b.getAgendaItem().getId(),
                    b.getPosition(), b.getForm().getName(), presenter == null ? null : presenter.getRankAndName(),
                    b.getOnAuthorityOf(), byBatch.getOrDefault(b.getId(), List.of()),
                    batchScripts.get(b.getId())));
        }
        return new Programme(conference.getTitle(), items, batches, Programme.planOf(items, batches));
    }

    static Programme.Recipient recipient(Award award) {
        String form = award.getDecision().getForm().getName();
        if (award.isCollective()) {
            String unit = award.getUnit().getName();
            Person rep = award.getRepresentative();
            String repText = rep != null ? rep.getRankAndName() : award.getRepresentativeText();
            String read = repText == null ? unit : unit + REPRESENTED_BY + repText;
            return new Programme.Recipient(award.getId(), true, form, read, unit, repText,
                    unit + " " + (repText == null ? "" : repText), rep == null ? null : rep.getId(),
                    VietnameseCollation.sortKey(unit));
        }
        Person person = award.getPerson();
        String unit = person.getUnit() == null ? null : person.getUnit().getName();
        String read = unit == null ? person.getRankAndName() : person.getRankAndName() + ", " + unit;
        return new Programme.Recipient(award.getId(), false, form, read, person.getRankAndName(), unit,
                person.getFullName() + " " + (unit == null ? "" : unit), person.getId(), person.getSortKey());
    }
}
