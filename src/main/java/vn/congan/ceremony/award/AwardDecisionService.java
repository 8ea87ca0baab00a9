package vn.congan.ceremony.award;

import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.jpa.StaleCheck;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Unit;

/** Award decisions of a conference and the recipients on their lists. */
@Service
public class AwardDecisionService {

    private final AwardDecisionRepository decisions;
    private final AwardRepository awards;
    private final AwardFormRepository forms;
    private final OrganisationService organisation;

    public AwardDecisionService(AwardDecisionRepository decisions, AwardRepository awards, AwardFormRepository forms,
            OrganisationService organisation) {
        this.decisions = decisions;
        this.awards = awards;
        this.forms = forms;
        this.organisation = organisation;
    }

    /** The conference's decisions, highest award form first, with their forms loaded. */
    @Transactional(readOnly = true)
    public List<AwardDecision> decisionsOf(Conference conference) {
        return decisions.findByConference(conference);
    }

    @Transactional(readOnly = true)
    public List<AwardForm> forms() {
        return forms.findAllByOrderByPrecedenceAsc();
    }

    /** Saves new award forms, in the given order. */
    @Transactional
    public List<AwardForm> addForms(List<AwardForm> newForms) {
        return forms.saveAll(newForms);
    }

    /**
     * The achievement sentence a new decision of {@code form} starts with: the one the office
     * wrote on its latest decision of that form, else "Đã có thành tích xuất sắc trong" and the
     * conference's movement; null when there is neither.
     */
    @Transactional(readOnly = true)
    public String usualAchievement(AwardForm form, Conference conference) {
        if (form == null) {
            return null;
        }
        List<String> latest = decisions.achievementsOfForm(form, PageRequest.of(0, 1));
        if (!latest.isEmpty()) {
            return latest.get(0);
        }
        return conference == null || conference.getMovement() == null ? null
                : "Đã có thành tích xuất sắc trong " + conference.getMovement().getName();
    }

    /** A decision with its form and conference loaded, for the decision page. */
    @Transactional(readOnly = true)
    public AwardDecision decision(Long id) {
        AwardDecision decision = decisions.findById(id).orElseThrow(() -> new UserMessageException("error.gone"));
        decision.getForm().getName();
        decision.getConference().getTitle();
        return decision;
    }

    @Transactional(readOnly = true)
    public long recipientCount(AwardDecision decision) {
        return awards.countByDecision(decision);
    }

    /** Creates or updates a decision's header; the number is unique within the conference. */
    @Transactional
    public AwardDecision save(AwardDecision decision) {
        if (VietText.cleanToNull(decision.getNumber()) == null || decision.getDate() == null
                || VietText.cleanToNull(decision.getSignerCapacity()) == null
                || VietText.cleanToNull(decision.getSignerName()) == null || decision.getForm() == null) {
            throw new UserMessageException("award.error.decisionIncomplete");
        }
        boolean taken = decisions.findByConference(decision.getConference()).stream()
                .anyMatch(d -> !d.getId().equals(decision.getId())
                        && VietText.fold(d.getNumber()).equals(VietText.fold(decision.getNumber())));
        if (taken) {
            throw new UserMessageException("award.error.numberExists", decision.getNumber());
        }
        return decisions.saveAndFlush(decision);
    }

    /** Deletes a decision without recipients; one with a list is refused. */
    @Transactional
    public void delete(Long decisionId) {
        AwardDecision decision = decisions.findById(decisionId).orElseThrow(() -> new UserMessageException("error.gone"));
        long count = awards.countByDecision(decision);
        if (count > 0) {
            throw new UserMessageException("award.error.decisionHasRecipients", decision.getNumber(), count);
        }
        decisions.delete(decision);
    }

    @Transactional(readOnly = true)
    public List<RecipientRow> recipients(Long decisionId, RecipientFilter filter, Pageable page) {
        return recipients(decisionId, filter, RecipientOrder.LIST, false, page.getPageNumber(), page.getPageSize());
    }

    /** One page of a decision's recipients in the given order. */
    @Transactional(readOnly = true)
    public List<RecipientRow> recipients(Long decisionId, RecipientFilter filter, RecipientOrder order,
            boolean descending, int page, int pageSize) {
        AwardDecision decision = decisions.getReferenceById(decisionId);
        Query q = query(filter);
        List<Award> found = awards.findRecipients(decision, filter.collectives(), filter.individuals(), q.pattern,
                q.unitIds, PageRequest.of(page, pageSize, order.toSort(descending)));
        return found.stream().map(RecipientRow::of).toList();
    }

    @Transactional(readOnly = true)
    public long countRecipients(Long decisionId, RecipientFilter filter) {
        Query q = query(filter);
        return awards.countRecipients(decisions.getReferenceById(decisionId), filter.collectives(),
                filter.individuals(), q.pattern, q.unitIds);
    }

    /** Every recipient in list order, for the exports. */
    @Transactional(readOnly = true)
    public List<RecipientRow> allRecipients(Long decisionId) {
        return awards.findByDecisionWithRecipients(decisions.getReferenceById(decisionId)).stream()
                .map(RecipientRow::of).toList();
    }

    @Transactional
    public RecipientRow addCollective(Long decisionId, Long unitId, RecipientChange change) {
        AwardDecision decision = decisions.findById(decisionId).orElseThrow(() -> new UserMessageException("error.gone"));
        Unit unit = organisation.unit(unitId);
        if (awards.unitIdsOn(decision).contains(unitId)) {
            throw new UserMessageException("award.error.alreadyOnDecision", unit.getName());
        }
        Award award = Award.collective(decision, awards.maxListOrder(decision) + 1, unit);
        apply(award, change);
        return RecipientRow.of(awards.saveAndFlush(award));
    }

    @Transactional
    public RecipientRow addIndividual(Long decisionId, Long personId, RecipientChange change) {
        AwardDecision decision = decisions.findById(decisionId).orElseThrow(() -> new UserMessageException("error.gone"));
        Person person = organisation.person(personId);
        if (awards.personIdsOn(decision).contains(personId)) {
            throw new UserMessageException("award.error.alreadyOnDecision", person.getFullName());
        }
        Award award = Award.individual(decision, awards.maxListOrder(decision) + 1, person);
        apply(award, change);
        return RecipientRow.of(awards.saveAndFlush(award));
    }

    /** Saves the editable parts; a stale {@code version} is refused as a concurrent change. */
    @Transactional
    public RecipientRow update(Long awardId, long version, RecipientChange change) {
        Award award = award(awardId, version);
        apply(award, change);
        return RecipientRow.of(awards.saveAndFlush(award));
    }

    /** Removes a recipient, refused while a presentation batch holds it. */
    @Transactional
    public void remove(Long awardId, long version) {
        Award award = award(awardId, version);
        long batches = awards.countBatchEntries(awardId);
        if (batches > 0) {
            throw new UserMessageException("award.error.inBatch");
        }
        try {
            awards.delete(award);
            awards.flush();
        } catch (DataIntegrityViolationException e) {
            throw new UserMessageException("award.error.inBatch");
        }
    }

    private Award award(Long awardId, long version) {
        Award award = awards.findById(awardId).orElseThrow(() -> new UserMessageException("error.gone"));
        StaleCheck.requireVersion(award, version);
        return award;
    }

    private static void apply(Award award, RecipientChange change) {
        award.setAchievement(change.achievement());
        award.setNote(change.note());
        award.setRegisterNumber(change.registerNumber());
        if (award.isCollective()) {
            award.setRepresentativeText(change.representativeText());
        }
    }

    private record Query(String pattern, List<Long> unitIds) {
    }

    /** Folded text matches a person's search key, or any unit whose folded name contains it. */
    private Query query(RecipientFilter filter) {
        String folded = VietText.fold(filter.text());
        if (folded.isEmpty()) {
            return new Query("%", List.of(-1L));
        }
        List<Long> unitIds = new ArrayList<>();
        for (Unit unit : organisation.units()) {
            if (VietText.fold(unit.getName()).contains(folded)) {
                unitIds.add(unit.getId());
            }
        }
        if (unitIds.isEmpty()) {
            unitIds.add(-1L);
        }
        return new Query("%" + folded.replace("%", "").replace("_", "") + "%", unitIds);
    }
}
