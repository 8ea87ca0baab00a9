package vn.congan.ceremony.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.award.AwardFormRepository;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.VietnameseCollation;
import vn.congan.ceremony.conference.AgendaService;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.ScheduledItem;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

@Tag("db")
class StageOrderServiceTest extends AbstractSpringTest {

    @Autowired
    StageOrderService stage;
    @Autowired
    StageOrderEdits edits;
    @Autowired
    StageOrderGenerator generator;
    @Autowired
    StageSettingsService settings;
    @Autowired
    ConferenceService conferences;
    @Autowired
    AgendaService agenda;
    @Autowired
    AwardFormRepository forms;
    @Autowired
    AwardDecisionRepository decisions;
    @Autowired
    EntityManager em;
    @Autowired
    PlatformTransactionManager transactions;

    private Conference conference;

    @BeforeEach
    void current() {
        conference = conferences.current().orElseThrow();
    }

    private StagePlan plan() {
        return stage.plan(conference);
    }

    private static List<String> labels(StageBatch batch) {
        return batch.entries().stream().map(StageEntry::label).toList();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).getMessageKey()).isEqualTo(key);
    }

    @Test
    void theDemoBatchesFollowTheDefaultRulesWithPresentersAndTheMinistersAuthority() {
        StagePlan plan = plan();
        assertThat(plan.batches()).hasSize(15);
        assertThat(plan.unbatched()).isZero();
        assertThat(plan.recipients()).isEqualTo(142);
        StageBatch first = plan.batches().get(0);
        assertThat(first.formName()).isEqualTo("Bằng khen của Bộ trưởng Bộ Công an");
        assertThat(first.size()).isEqualTo(8);
        assertThat(first.entries().subList(0, 3)).allMatch(StageEntry::collective);
        assertThat(first.presenterRankAndName()).isEqualTo("Đại tá Nguyễn Thế Hùng");
        assertThat(first.onAuthorityOf()).isEqualTo("Bộ trưởng Bộ Công an");
        // 134 Giấy khen on a stage of 10: 14 batches of 10 or 9, never mixing forms
        List<StageBatch> giayKhen = plan.batches().subList(1, 15);
        assertThat(giayKhen).allMatch(b -> b.formName().equals("Giấy khen của Giám đốc Công an tỉnh"));
        assertThat(giayKhen).extracting(StageBatch::size).allMatch(n -> n == 9 || n == 10);
        assertThat(giayKhen).extracting(StageBatch::presenterRankAndName).startsWith(
                "Đại tá Trần Quốc Bình", "Thượng tá Lê Văn Ước", "Thượng tá Phạm Thị Ánh", "Đại tá Trần Quốc Bình");
        assertThat(giayKhen).allMatch(b -> b.onAuthorityOf() == null);
        assertThat(plan.batches()).extracting(StageBatch::number).startsWith(1, 2, 3);
        assertThat(plan.batches()).allMatch(b -> b.agendaItemId() != null && !b.locked() && !b.manuallyEdited());
    }

    @Test
    void theAwardItemShowsTheEstimateAndWarnsWhenTheBatchesDoNotFit() {
        StagePlan.TimeCheck check = plan().timeChecks().get(0);
        // 15 batches x 90 s + 142 recipients x 7 s = 2344 s, 40 minutes: it fits the 40 planned
        assertThat(check.estimatedSeconds()).isEqualTo(2344);
        assertThat(check.estimatedMinutes()).isEqualTo(40);
        assertThat(check.fits()).isTrue();
        ScheduledItem award = agenda.plan(conference).rows().stream()
                .filter(r -> r.item().getId().equals(check.agendaItemId())).findFirst().orElseThrow();
        assertThat(award.estimatedMinutes()).isEqualTo(40);

        settings.saveSettings(conference, plan().settingsVersion(), 10, 120, 10);
        StagePlan.TimeCheck slower = plan().timeChecks().get(0);
        assertThat(slower.estimatedMinutes()).isEqualTo(54);
        assertThat(slower.fits()).isFalse();
        assertThat(agenda.plan(conference).rows().stream()
                .filter(r -> r.item().getId().equals(check.agendaItemId())).findFirst().orElseThrow()
                .estimatedMinutes()).isEqualTo(54);
    }

    @Test
    void aSmallerStageGivesMoreBatches() {
        settings.saveSettings(conference, plan().settingsVersion(), 5, 90, 7);
        // the batches stay as they were until regenerated: every Giấy khen batch is over the capacity
        assertThat(plan().overCapacity()).extracting(StageBatch::number).containsExactly(
                IntStream.rangeClosed(1, 15).boxed().toArray(Integer[]::new));
        generator.regenerate(conference, plan().version());
        assertThat(plan().batches()).hasSize(2 + 27);
        assertThat(plan().batches()).allMatch(b -> b.size() <= 5);
        assertThat(plan().overCapacity()).isEmpty();
        assertRefused(() -> settings.saveSettings(conference, plan().settingsVersion(), 0, 90, 7), "stage.error.capacity");
    }

    @Test
    void movingARecipientWithinABatchAndToAnotherKeepsPositionsGapless() {
        StageBatch second = plan().batches().get(1);
        StageBatch third = plan().batches().get(2);
        StageEntry last = second.entries().get(second.size() - 1);
        edits.move(last.entryId(), last.entryVersion(), second.id(), second.version(), 1);
        StageBatch after = plan().batches().get(1);
        assertThat(after.entries().get(0).awardId()).isEqualTo(last.awardId());
        assertThat(after.entries()).extracting(StageEntry::position).containsExactly(
                IntStream.rangeClosed(1, after.size()).boxed().toArray(Integer[]::new));
        assertThat(after.manuallyEdited()).isTrue();
        assertThat(after.version()).isGreaterThan(second.version());

        StageEntry moved = after.entries().get(0);
        // Giấy khen batches: eight of 10 first, then six of 9
        StageBatch full = plan().batches().get(2);
        assertThat(full.size()).isEqualTo(10);
        assertRefused(() -> edits.move(moved.entryId(), moved.entryVersion(), full.id(), full.version(), 1),
                "stage.error.full");
        StageBatch roomy = plan().batches().get(9);
        assertThat(roomy.size()).isEqualTo(9);
        edits.move(moved.entryId(), moved.entryVersion(), roomy.id(), roomy.version(), 3);
        StagePlan plan = plan();
        assertThat(plan.batches().get(9).entries().get(2).awardId()).isEqualTo(moved.awardId());
        assertThat(plan.batches().get(9).size()).isEqualTo(10);
        assertThat(plan.batches().get(1).size()).isEqualTo(9);
        assertThat(plan.recipients()).isEqualTo(142);
    }

    @Test
    void aRecipientCannotCrossAwardFormsNorEnterALockedBatch() {
        StageBatch bangKhen = plan().batches().get(0);
        StageBatch giayKhen = plan().batches().get(14);
        StageEntry entry = giayKhen.entries().get(0);
        assertRefused(() -> edits.move(entry.entryId(), entry.entryVersion(), bangKhen.id(), bangKhen.version(), 1),
                "stage.error.mixedForms");
        StageBatch thirteenth = plan().batches().get(13);
        edits.setLocked(thirteenth.id(), thirteenth.version(), true);
        StageBatch locked = plan().batches().get(13);
        assertRefused(() -> edits.move(entry.entryId(), entry.entryVersion(), locked.id(), locked.version(), 1),
                "stage.error.locked");
    }

    @Test
    void aStaleEditIsRefusedAsConcurrent() {
        StageBatch seen = plan().batches().get(3);
        StageEntry entry = seen.entries().get(0);
        // another organizer reorders the same batch first
        edits.move(entry.entryId(), entry.entryVersion(), seen.id(), seen.version(), 2);
        assertRefused(() -> edits.move(entry.entryId(), entry.entryVersion(), seen.id(), seen.version(), 3),
                "error.concurrent");
        assertRefused(() -> edits.setLocked(seen.id(), seen.version(), true), "error.concurrent");
        assertRefused(() -> edits.split(seen.id(), seen.version(), 2), "error.concurrent");
    }

    @Test
    void splitAndMergeGiveBackTheSameRecipients() {
        StageBatch seen = plan().batches().get(2);
        List<String> names = labels(seen);
        edits.split(seen.id(), seen.version(), 4);
        StagePlan split = plan();
        assertThat(split.batches()).hasSize(16);
        assertThat(labels(split.batches().get(2))).isEqualTo(names.subList(0, 3));
        assertThat(labels(split.batches().get(3))).isEqualTo(names.subList(3, names.size()));
        assertThat(split.batches().get(3).presenterId()).isEqualTo(seen.presenterId());
        assertThat(split.batches()).extracting(StageBatch::number).containsExactly(
                IntStream.rangeClosed(1, 16).boxed().toArray(Integer[]::new));

        StageBatch head = split.batches().get(2);
        edits.mergeWithNext(head.id(), head.version(), split.batches().get(3).version());
        StagePlan merged = plan();
        assertThat(merged.batches()).hasSize(15);
        assertThat(labels(merged.batches().get(2))).isEqualTo(names);
        assertRefused(() -> edits.mergeWithNext(merged.batches().get(0).id(), merged.batches().get(0).version(),
                merged.batches().get(1).version()), "stage.error.mixedForms");
        StageBatch full = merged.batches().get(2);
        assertRefused(() -> edits.mergeWithNext(full.id(), full.version(), merged.batches().get(3).version()),
                "stage.error.full");
        assertRefused(() -> edits.split(full.id(), full.version(), 1), "stage.error.split");
    }

    @Test
    void movingTheLastRecipientOutRemovesTheEmptyBatch() {
        StageBatch seen = plan().batches().get(5);
        edits.split(seen.id(), seen.version(), seen.size());
        StageBatch single = plan().batches().get(6);
        assertThat(single.size()).isEqualTo(1);
        StageEntry only = single.entries().get(0);
        edits.moveToNeighbour(only.entryId(), only.entryVersion(), -1);
        StagePlan plan = plan();
        assertThat(plan.batches()).hasSize(15);
        assertThat(plan.batches().get(5).entries().get(seen.size() - 1).awardId()).isEqualTo(only.awardId());
    }

    @Test
    void batchesCanBeReorderedAndGetTheirNumbersBack() {
        StageBatch third = plan().batches().get(2);
        edits.moveBatch(third.id(), third.version(), 5);
        StagePlan plan = plan();
        assertThat(plan.batches().get(5).id()).isEqualTo(third.id());
        assertThat(plan.batches().get(5).number()).isEqualTo(6);
        assertThat(plan.batches().get(5).manuallyEdited()).isTrue();
    }

    @Test
    void regeneratingKeepsLockedBatchesAsTheyAreAndCountsManualChangesFirst() {
        StageBatch fourth = plan().batches().get(3);
        StageEntry last = fourth.entries().get(fourth.size() - 1);
        edits.move(last.entryId(), last.entryVersion(), fourth.id(), fourth.version(), 1);
        StageBatch edited = plan().batches().get(3);
        List<String> lockedNames = labels(edited);
        edits.setPresenter(edited.id(), edited.version(), plan().batches().get(0).presenterId(), null);
        StageBatch withPresenter = plan().batches().get(3);
        edits.setLocked(withPresenter.id(), withPresenter.version(), true);

        StageBatch sixth = plan().batches().get(5);
        edits.moveBatch(sixth.id(), sixth.version(), 7);
        assertThat(stage.manualChangesToDiscard(conference)).isEqualTo(1);

        generator.regenerate(conference, plan().version());
        StagePlan plan = plan();
        assertThat(stage.manualChangesToDiscard(conference)).isZero();
        StageBatch kept = plan.batches().get(3);
        assertThat(kept.id()).isEqualTo(withPresenter.id());
        assertThat(kept.locked()).isTrue();
        assertThat(labels(kept)).isEqualTo(lockedNames);
        assertThat(kept.presenterRankAndName()).isEqualTo("Đại tá Nguyễn Thế Hùng");
        assertThat(plan.recipients()).isEqualTo(142);
        assertThat(plan.unbatched()).isZero();
        // the locked recipients are nowhere else
        long elsewhere = plan.batches().stream().filter(b -> b.id() != kept.id())
                .flatMap(b -> b.entries().stream()).filter(e -> lockedNames.contains(e.label())).count();
        assertThat(elsewhere).isZero();
        assertThat(plan.batches()).filteredOn(b -> b.id() != kept.id()).noneMatch(StageBatch::manuallyEdited);
    }

    @Test
    void aCollectiveNamesItsRepresentativeAsAPersonOrFreeText() {
        StageEntry collective = plan().batches().get(0).entries().get(0);
        assertThat(collective.representative()).isNotBlank();
        var candidates = stage.peopleOfUnit(collective.unitId());
        assertThat(candidates).isNotEmpty();
        edits.setRepresentative(collective.awardId(), collective.awardVersion(), null, "Đại diện Chi đoàn");
        StageEntry text = plan().batches().get(0).entries().get(0);
        assertThat(text.representative()).isEqualTo("Đại diện Chi đoàn");
        assertThat(text.representativePersonId()).isNull();
        edits.setRepresentative(text.awardId(), text.awardVersion(), candidates.get(0).getId(), null);
        StageEntry person = plan().batches().get(0).entries().get(0);
        assertThat(person.representative()).isEqualTo(candidates.get(0).getRankAndName());
        assertRefused(() -> edits.setRepresentative(text.awardId(), text.awardVersion(), null, "x"), "error.concurrent");
        StageEntry individual = plan().batches().get(0).entries().get(7);
        assertRefused(() -> edits.setRepresentative(individual.awardId(), individual.awardVersion(), null, "x"),
                "stage.error.notCollective");
    }

    /** Collectives with a person, a text and nobody as representative; returns the person chosen. */
    private Person representativesOfEveryKind() {
        StageBatch first = plan().batches().get(0);
        StageEntry withText = first.entries().get(0);
        StageEntry withPerson = first.entries().get(1);
        StageEntry withNobody = first.entries().get(2);
        Person chosen = stage.peopleOfUnit(withPerson.unitId()).get(0);
        edits.setRepresentative(withText.awardId(), withText.awardVersion(), null, "Đại diện Chi đoàn");
        edits.setRepresentative(withPerson.awardId(), withPerson.awardVersion(), chosen.getId(), null);
        edits.setRepresentative(withNobody.awardId(), withNobody.awardVersion(), null, null);
        return chosen;
    }

    @Test
    void eachEntryOfThePlanSaysWhatItsAwardPersonAndUnitsSay() {
        Person chosen = representativesOfEveryKind();

        List<StageEntry> shown = plan().batches().stream().flatMap(b -> b.entries().stream()).toList();

        List<StageEntry> fromEntities = new TransactionTemplate(transactions).execute(status -> em.createQuery(
                "select e from BatchEntry e join fetch e.batch b join fetch e.award a left join fetch a.unit "
                        + "left join fetch a.person p left join fetch p.unit left join fetch a.representative "
                        + "where b.conference.id = :conference order by b.position, e.position", BatchEntry.class)
                .setParameter("conference", conference.getId()).getResultList().stream()
                .map(StageOrderServiceTest::fromEntities).toList());
        assertThat(shown).hasSize(142).isEqualTo(fromEntities);
        assertThat(shown).filteredOn(StageEntry::collective).extracting(StageEntry::representative)
                .contains("Đại diện Chi đoàn", chosen.getRankAndName());
        assertThat(shown).filteredOn(StageEntry::collective).extracting(StageEntry::representative).containsNull();
    }

    @Test
    void thePlacesOfTheAwardsAreThoseOfThePlan() {
        Person chosen = representativesOfEveryKind();
        edits.step(plan().batches().get(2).entries().get(0).entryId(), plan().batches().get(2).entries().get(0)
                .entryVersion(), plan().batches().get(2).version(), 1);

        List<AwardStagePlace> fromPlan = plan().batches().stream().flatMap(b -> b.entries().stream()
                .map(e -> new AwardStagePlace(e.awardId(), e.personId(), b.number(), e.position()))).toList();
        assertThat(stage.places(conference)).hasSize(142).isEqualTo(fromPlan);
        assertThat(fromPlan).extracting(AwardStagePlace::personId).contains(chosen.getId()).containsNull();
    }

    @Test
    void theBatchSummariesCountThePlansRecipients() {
        int before = plan().batches().size();
        StageBatch third = plan().batches().get(2);
        edits.split(third.id(), third.version(), 5); // recipients 5.. go to a new batch behind it

        List<BatchSummary> fromPlan = plan().batches().stream().filter(b -> b.size() > 0)
                .map(b -> new BatchSummary(b.id(), b.number(), b.formName(), b.size())).toList();
        assertThat(stage.batchSummaries(conference)).isEqualTo(fromPlan);
        assertThat(fromPlan).hasSize(before + 1);
        assertThat(fromPlan.get(2).entries()).isEqualTo(4L);
        assertThat(fromPlan.get(3).entries()).isEqualTo(third.size() - 4L);
    }

    /** The entry as read from the entities themselves: what the plan showed before it read plain columns. */
    private static StageEntry fromEntities(BatchEntry e) {
        Award a = e.getAward();
        if (a.isCollective()) {
            Person rep = a.getRepresentative();
            return new StageEntry(e.getId(), e.getVersion(), a.getId(), a.getVersion(), e.getPosition(), true,
                    a.getUnit().getName(), a.getUnit().getName(), null, a.getUnit().getId(),
                    rep == null ? null : rep.getId(), a.getRepresentativeText(),
                    rep != null ? rep.getRankAndName() : a.getRepresentativeText(), rep == null ? null : rep.getId(),
                    rep == null ? null : rep.getFullName(), VietnameseCollation.sortKey(a.getUnit().getName()));
        }
        Person p = a.getPerson();
        return new StageEntry(e.getId(), e.getVersion(), a.getId(), a.getVersion(), e.getPosition(), false,
                p.getRankAndName(), p.getUnit() == null ? null : p.getUnit().getName(), p.getPosition(),
                p.getUnit() == null ? null : p.getUnit().getId(), null, null, null, p.getId(), p.getFullName(),
                p.getSortKey());
    }

    @Test
    void aLockedBatchKeepsItsPlaceWhenBatchesAreMoved() {
        StageBatch fifth = plan().batches().get(4);
        edits.setLocked(fifth.id(), fifth.version(), true);
        StageBatch locked = plan().batches().get(4);
        // the locked batch itself does not move
        assertRefused(() -> edits.moveBatch(locked.id(), locked.version(), 1), "stage.error.locked");
        // nor is it shifted by a batch passing it, downwards or upwards
        StageBatch third = plan().batches().get(2);
        assertRefused(() -> edits.moveBatch(third.id(), third.version(), 6), "stage.error.lockedInTheWay");
        StageBatch eighth = plan().batches().get(7);
        assertRefused(() -> edits.moveBatch(eighth.id(), eighth.version(), 4), "stage.error.lockedInTheWay");
        assertThatThrownBy(() -> edits.moveBatch(third.id(), third.version(), 6))
                .hasMessage("stage.error.lockedInTheWay[3, 5]");
        assertThat(plan().batches().get(4).id()).isEqualTo(locked.id());

        // moves on either side of it, and right up to it, are fine
        edits.moveBatch(third.id(), third.version(), 3);
        edits.moveBatch(eighth.id(), eighth.version(), 5);
        StagePlan plan = plan();
        assertThat(plan.batches().get(3).id()).isEqualTo(third.id());
        assertThat(plan.batches().get(5).id()).isEqualTo(eighth.id());
        assertThat(plan.batches().get(4).id()).isEqualTo(locked.id());
        assertThat(plan.batches().get(4).number()).isEqualTo(5);
    }

    @Test
    void textsLongerThanTheirColumnAreRefusedWithAMessage() {
        StageBatch first = plan().batches().get(0);
        String tooLong = "Bộ trưởng " + "x".repeat(StageOrderService.MAX_TEXT_LENGTH);
        assertRefused(() -> edits.setPresenter(first.id(), first.version(), first.presenterId(), tooLong),
                "stage.error.authorityTooLong");
        StageEntry collective = first.entries().get(0);
        assertRefused(() -> edits.setRepresentative(collective.awardId(), collective.awardVersion(), null, tooLong),
                "stage.error.representativeTooLong");

        // exactly the column's length is stored; spaces that cleaning removes do not count
        String longest = "y".repeat(StageOrderService.MAX_TEXT_LENGTH);
        edits.setPresenter(first.id(), first.version(), first.presenterId(), "  " + longest + "  ");
        edits.setRepresentative(collective.awardId(), collective.awardVersion(), null, longest + "   ");
        StageBatch stored = plan().batches().get(0);
        assertThat(stored.onAuthorityOf()).isEqualTo(longest);
        assertThat(stored.entries().get(0).representative()).isEqualTo(longest);
    }

    @Test
    void regeneratingRefusesAPageThatDidNotSeeTheLatestEdits() {
        String seen = plan().version();
        // another organizer moves a recipient meanwhile (the confirm dialog is still open)
        StageBatch second = plan().batches().get(1);
        StageEntry last = second.entries().get(second.size() - 1);
        edits.move(last.entryId(), last.entryVersion(), second.id(), second.version(), 1);
        assertThat(plan().version()).isNotEqualTo(seen);
        assertRefused(() -> generator.regenerate(conference, seen), "error.concurrent");
        assertThat(plan().batches().get(1).entries().get(0).awardId()).isEqualTo(last.awardId());
        assertThat(stage.manualChangesToDiscard(conference)).isEqualTo(1);

        // a lock, a batch move and new settings change the version too
        String before = plan().version();
        StageBatch third = plan().batches().get(2);
        edits.setLocked(third.id(), third.version(), true);
        assertThat(plan().version()).isNotEqualTo(before);
        String afterLock = plan().version();
        StageBatch fourth = plan().batches().get(3);
        edits.moveBatch(fourth.id(), fourth.version(), 5);
        assertThat(plan().version()).isNotEqualTo(afterLock);
        String afterMove = plan().version();
        settings.saveSettings(conference, plan().settingsVersion(), 10, 90, 8);
        assertThat(plan().version()).isNotEqualTo(afterMove);

        // with the latest version it discards the edits as asked
        generator.regenerate(conference, plan().version());
        assertThat(stage.manualChangesToDiscard(conference)).isZero();
    }

    @Test
    void savingSettingsRefusesAPageThatReadOlderSettings() {
        long none = plan().settingsVersion();
        settings.saveSettings(conference, none, 8, 90, 7);
        // a second page that read the settings before that save (or before any was stored)
        assertRefused(() -> settings.saveSettings(conference, none, 12, 90, 7), "error.concurrent");
        assertThat(plan().stageCapacity()).isEqualTo(8);
        long read = plan().settingsVersion();
        settings.saveSettings(conference, read, 9, 90, 7);
        assertRefused(() -> settings.saveSettings(conference, read, 12, 90, 7), "error.concurrent");
        assertThat(plan().stageCapacity()).isEqualTo(9);
    }

    @Test
    void aDecisionWithZeroRecipientsGivesNoBatch() {
        AwardForm huanChuong = forms.findAllByOrderByPrecedenceAsc().get(0);
        assertThat(huanChuong.getName()).startsWith("Huân chương");
        AwardDecision empty = new AwardDecision(conference, huanChuong, "15/QĐ-CTN", LocalDate.of(2020, 11, 2));
        empty.setSignerCapacity("CHỦ TỊCH NƯỚC");
        empty.setSignerName("Nguyễn Văn A");
        decisions.saveAndFlush(empty);

        generator.regenerate(conference, plan().version());
        StagePlan plan = plan();
        assertThat(plan.batches()).hasSize(15).noneMatch(b -> b.formId() == huanChuong.getId());
        assertThat(plan.batches()).noneMatch(b -> b.size() == 0);
        assertThat(plan.recipients()).isEqualTo(142);
        assertThat(plan.unbatched()).isZero();
    }
}
