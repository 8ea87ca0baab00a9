package vn.congan.ceremony.stage;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.award.Recipient;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.stage.DefaultPresenters.Candidate;
import vn.congan.ceremony.stage.DefaultPresenters.Choice;
import vn.congan.ceremony.stage.DefaultPresenters.FormBatches;
import vn.congan.ceremony.stage.StageOrderPlanner.LockedBatch;
import vn.congan.ceremony.stage.StageOrderPlanner.PlannedBatch;

/**
 * Generation of the stage order by the rules ({@link StageOrderPlanner}, {@link DefaultPresenters}):
 * "Tạo lại theo quy tắc".
 */
@Service
public class StageOrderGenerator {

    private final StageOrderService stage;
    private final PresentationBatchRepository batches;
    private final EntityManager em;
    private final ApplicationEventPublisher events;

    public StageOrderGenerator(StageOrderService stage, PresentationBatchRepository batches, EntityManager em,
            ApplicationEventPublisher events) {
        this.stage = stage;
        this.batches = batches;
        this.em = em;
        this.events = events;
    }

    /**
     * Replaces every batch that is not locked by the default order and batches of the
     * recipients not in a locked batch, with the default presenters. Locked batches stay
     * as they are. The views ask first when {@link StageOrderService#manualChangesToDiscard} is not zero.
     * {@code seenVersion} is the {@link StagePlan#version()} the page read: when anyone changed
     * a batch or the settings since, nothing is discarded and the call is refused as concurrent.
     * Returns the number of batches.
     */
    @Transactional
    public int regenerate(Conference conference, String seenVersion) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        Conference managed = stage.managed(conference);
        StageSettings s = stage.settingsOf(managed);
        List<PresentationBatch> existing = batches.findByConference(managed);
        // every batch's entries in one query, not one per batch below
        em.createQuery("select distinct b from PresentationBatch b left join fetch b.entries "
                + "where b.conference = :c", PresentationBatch.class).setParameter("c", managed).getResultList();
        String current = StagePlan.version(s.isNew() ? -1 : s.getVersion(),
                existing.stream().map(b -> new long[] {b.getId(), b.getVersion()}).toList());
        if (!current.equals(seenVersion)) {
            throw new UserMessageException("error.concurrent");
        }
        if (!stage.reached(managed).isEmpty()) {
            throw new UserMessageException("stage.error.ceremonyRunningRegenerate");
        }
        List<LockedBatch> locked = new ArrayList<>();
        List<PresentationBatch> reusable = new ArrayList<>();
        for (PresentationBatch b : existing) {
            if (b.isLocked()) {
                locked.add(new LockedBatch(b.getId(), b.getPosition(), b.getForm().getId(),
                        b.getEntries().stream().map(e -> e.getAward().getId()).toList()));
            } else {
                reusable.add(b);
            }
        }

        List<Award> awards = batches.findAwards(managed);
        Map<Long, Award> awardById = new HashMap<>();
        Map<Long, AwardForm> formById = new HashMap<>();
        Map<Long, String> authorityByForm = new HashMap<>();
        List<Recipient> recipients = new ArrayList<>(awards.size());
        for (Award a : awards) {
            awardById.put(a.getId(), a);
            AwardForm form = a.getDecision().getForm();
            formById.put(form.getId(), form);
            if (a.getDecision().getOnAuthorityOf() != null) {
                authorityByForm.putIfAbsent(form.getId(), a.getDecision().getOnAuthorityOf());
            }
            recipients.add(Recipient.of(a));
        }
        List<PlannedBatch> plan = StageOrderPlanner.plan(recipients, s.getStageCapacity(), locked);
        // A reused batch that already holds exactly its planned recipients keeps its entries; the
        // others are emptied first (an award is in one entry at most), then filled below. So a
        // regeneration that changes little writes little.
        List<PlannedBatch> unlocked = plan.stream().filter(p -> !p.locked()).toList();
        for (int i = 0; i < reusable.size(); i++) {
            PresentationBatch b = reusable.get(i);
            if (i >= unlocked.size() || !holds(b, unlocked.get(i).awardIds())) {
                b.getEntries().clear();
            }
        }
        em.flush();

        Map<Long, PresentationBatch> lockedById = new HashMap<>();
        existing.stream().filter(PresentationBatch::isLocked).forEach(b -> lockedById.put(b.getId(), b));
        Map<Long, List<Choice>> choices = defaultPresenters(managed, plan, authorityByForm);
        Map<Long, AgendaItem> itemByForm = agendaItemsByForm(managed, plan);
        Map<Long, Integer> turnByForm = new HashMap<>();
        int position = 1;
        int reused = 0;
        for (PlannedBatch planned : plan) {
            if (planned.locked()) {
                lockedById.get(planned.lockedBatchId()).setPosition(position++);
                continue;
            }
            PresentationBatch batch = reused < reusable.size() ? reusable.get(reused++)
                    : new PresentationBatch(managed, position, formById.get(planned.formId()));
            batch.setPosition(position++);
            batch.setForm(formById.get(planned.formId()));
            Choice choice = choices.get(planned.formId()).get(turnByForm.merge(planned.formId(), 1, Integer::sum) - 1);
            batch.setPresenter(choice.delegateId() == null ? null : em.find(Delegate.class, choice.delegateId()));
            batch.setOnAuthorityOf(choice.onAuthorityOf());
            batch.setAgendaItem(itemByForm.get(planned.formId()));
            batch.setManuallyEdited(false);
            if (batch.getEntries().isEmpty()) {
                int entry = 1;
                for (Long awardId : planned.awardIds()) {
                    batch.getEntries().add(new BatchEntry(batch, awardById.get(awardId), entry++));
                }
            }
            if (batch.isNew()) {
                batches.save(batch);
            }
        }
        for (int i = reused; i < reusable.size(); i++) {
            batches.delete(reusable.get(i));
        }
        batches.flush();
        return plan.size();
    }

    /** True when the batch's entries are these awards, in this order, numbered from 1. */
    private static boolean holds(PresentationBatch batch, List<Long> awardIds) {
        List<BatchEntry> entries = batch.getEntries();
        if (entries.size() != awardIds.size()) {
            return false;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).getAward().getId().equals(awardIds.get(i)) || entries.get(i).getPosition() != i + 1) {
                return false;
            }
        }
        return true;
    }

    private Map<Long, List<Choice>> defaultPresenters(Conference conference, List<PlannedBatch> plan,
            Map<Long, String> authorityByForm) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        plan.stream().filter(p -> !p.locked()).forEach(p -> counts.merge(p.formId(), 1, Integer::sum));
        List<FormBatches> forms = counts.entrySet().stream()
                .map(e -> new FormBatches(e.getKey(), authorityByForm.get(e.getKey()), e.getValue())).toList();
        Person chair = conference.getChair();
        List<Candidate> candidates = stage.presenters(conference).stream()
                .map(d -> new Candidate(d.getId(), d.getPrecedence(), d.getPerson() != null,
                        chair != null && d.getPerson() != null && d.getPerson().getId().equals(chair.getId())))
                .toList();
        List<List<Choice>> chosen = DefaultPresenters.choose(forms, candidates);
        Map<Long, List<Choice>> result = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            result.put(forms.get(i).formId(), chosen.get(i));
        }
        return result;
    }

    /** The k-th form (by precedence) goes to the k-th award-presentation item, the rest to the last. */
    private Map<Long, AgendaItem> agendaItemsByForm(Conference conference, List<PlannedBatch> plan) {
        List<AgendaItem> items = stage.awardPresentationItems(conference);
        Map<Long, AgendaItem> result = new HashMap<>();
        if (items.isEmpty()) {
            return result;
        }
        for (PlannedBatch p : plan) {
            if (!p.locked() && !result.containsKey(p.formId())) {
                result.put(p.formId(), items.get(Math.min(result.size(), items.size() - 1)));
            }
        }
        return result;
    }
}
