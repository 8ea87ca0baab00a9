package vn.congan.ceremony.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.award.Recipient;
import vn.congan.ceremony.organisation.PositionSeniority;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.stage.StageOrderPlanner.LockedBatch;
import vn.congan.ceremony.stage.StageOrderPlanner.PlannedBatch;

class StageOrderPlannerTest {

    private static final long BANG_KHEN = 3;
    private static final long GIAY_KHEN = 4;

    private static Recipient unit(long id, long form, Integer order, String name) {
        return Recipient.collective(id, form, form == BANG_KHEN ? 30 : 40, order, name);
    }

    private static Recipient person(long id, long form, Integer order, Rank rank, String position, String name) {
        return Recipient.individual(id, form, form == BANG_KHEN ? 30 : 40, order, "Đơn vị " + order, rank, position,
                name);
    }

    private static List<Long> ids(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::awardId).toList();
    }

    @Test
    void higherFormsGoFirstAndCollectivesBeforeIndividualsWithinAForm() {
        List<Recipient> ordered = StageOrderPlanner.order(List.of(
                person(1, GIAY_KHEN, 100, Rank.DAI_UY, "Cán bộ", "Nguyễn Văn An"),
                unit(2, GIAY_KHEN, 200, "Phòng Hậu cần"),
                person(3, BANG_KHEN, 300, Rank.THIEU_TA, "Cán bộ", "Lê Văn Bình"),
                unit(4, BANG_KHEN, 400, "Công an huyện An Lạc")));
        assertThat(ids(ordered)).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void collectivesFollowTheUnitsOfficialOrderNotTheirNames() {
        List<Recipient> ordered = StageOrderPlanner.order(List.of(
                unit(1, GIAY_KHEN, 1500, "Công an thành phố Bình An"),
                unit(2, GIAY_KHEN, 100, "Văn phòng Công an tỉnh"),
                unit(3, GIAY_KHEN, 800, "Phòng Cảnh sát hình sự")));
        assertThat(ids(ordered)).containsExactly(2L, 3L, 1L);
    }

    @Test
    void individualsGoByUnitThenRankThenPositionThenName() {
        List<Recipient> ordered = StageOrderPlanner.order(List.of(
                person(1, GIAY_KHEN, 200, Rank.DAI_UY, "Cán bộ", "Trần Văn An"),
                person(2, GIAY_KHEN, 100, Rank.THIEU_UY, "Cán bộ", "Nguyễn Văn Bình"),
                person(3, GIAY_KHEN, 200, Rank.THUONG_TA, "Cán bộ", "Lê Văn Cường"),
                person(4, GIAY_KHEN, 200, Rank.DAI_UY, "Đội trưởng", "Phạm Văn Dũng"),
                person(5, GIAY_KHEN, 200, Rank.DAI_UY, "Phó Đội trưởng", "Hoàng Văn Đức")));
        // unit 100 first; in unit 200: the Thượng tá, then the Đại úy by position, then by name
        assertThat(ids(ordered)).containsExactly(2L, 3L, 4L, 5L, 1L);
    }

    @Test
    void tiesOnEverythingElseAreBrokenByVietnameseNameOrderGivenNameFirst() {
        List<Recipient> ordered = StageOrderPlanner.order(List.of(
                person(1, GIAY_KHEN, 100, Rank.DAI_UY, "Cán bộ", "Nguyễn Văn Ước"),
                person(2, GIAY_KHEN, 100, Rank.DAI_UY, "Cán bộ", "Trần Thị Ánh"),
                person(3, GIAY_KHEN, 100, Rank.DAI_UY, "Cán bộ", "Lê Văn Anh"),
                person(4, GIAY_KHEN, 100, Rank.DAI_UY, "Cán bộ", "Bùi Văn Đức"),
                person(5, GIAY_KHEN, 100, Rank.DAI_UY, "Cán bộ", "Âu Văn Dũng")));
        // Anh < Ánh < Dũng < Đức < Ước (a before á, d before đ, u before ư)
        assertThat(ids(ordered)).containsExactly(3L, 2L, 5L, 4L, 1L);
    }

    @Test
    void twoFormsOfEqualPrecedenceAreNotInterleaved() {
        List<Recipient> ordered = StageOrderPlanner.order(List.of(
                Recipient.collective(1, 8, 40, 100, "A"), Recipient.collective(2, 9, 40, 50, "B"),
                Recipient.collective(3, 8, 40, 20, "C")));
        assertThat(ids(ordered)).containsExactly(3L, 1L, 2L);
    }

    @Test
    void completeTiesKeepAStableOrderByAward() {
        List<Recipient> ordered = StageOrderPlanner.order(List.of(
                person(9, GIAY_KHEN, 100, Rank.DAI_UY, "Cán bộ", "Nguyễn Văn An"),
                person(7, GIAY_KHEN, 100, Rank.DAI_UY, "Cán bộ", "Nguyễn Văn An")));
        assertThat(ids(ordered)).containsExactly(7L, 9L);
    }

    @Test
    void aUnitWithoutOfficialOrderComesAfterTheOrderedUnits() {
        List<Recipient> ordered = StageOrderPlanner.order(List.of(
                unit(1, GIAY_KHEN, null, "Ban Chỉ huy Quân sự"),
                unit(2, GIAY_KHEN, 2000, "Công an huyện Đồng Tâm"),
                unit(3, GIAY_KHEN, null, "Ban Chuyên án"),
                person(4, GIAY_KHEN, null, Rank.DAI_TA, "Cán bộ", "Nguyễn Văn An"),
                person(5, GIAY_KHEN, 100, Rank.THIEU_UY, "Cán bộ", "Lê Văn Bình")));
        // unordered units among themselves by name ("Ban Chỉ huy" < "Ban Chuyên án")
        assertThat(ids(ordered)).containsExactly(2L, 1L, 3L, 5L, 4L);
    }

    @Test
    void peopleWithoutRankComeAfterEveryRankWorkersBeforeNoRankAtAll() {
        List<Recipient> ordered = StageOrderPlanner.order(List.of(
                person(1, GIAY_KHEN, 100, Rank.NONE, "Cán bộ", "Nguyễn Văn An"),
                person(2, GIAY_KHEN, 100, Rank.CONG_NHAN, "Cán bộ", "Nguyễn Văn Bình"),
                person(3, GIAY_KHEN, 100, Rank.BINH_NHI, "Cán bộ", "Nguyễn Văn Cường"),
                person(4, GIAY_KHEN, 100, null, null, "Nguyễn Văn Dũng")));
        assertThat(ids(ordered)).containsExactly(3L, 2L, 1L, 4L);
    }

    @Test
    void positionSeniorityReadsTheTextAsOfficesTypeIt() {
        assertThat(PositionSeniority.of("Giám đốc Công an tỉnh")).isLessThan(PositionSeniority.of("Phó Giám đốc"));
        assertThat(PositionSeniority.of("pho giam doc")).isLessThan(PositionSeniority.of("Trưởng phòng"));
        assertThat(PositionSeniority.of("Trưởng phòng")).isLessThan(PositionSeniority.of("Phó Trưởng phòng"));
        assertThat(PositionSeniority.of("Phó Trưởng phòng")).isLessThan(PositionSeniority.of("Đội trưởng"));
        assertThat(PositionSeniority.of("Đội trưởng")).isLessThan(PositionSeniority.of("Phó Đội trưởng"));
        assertThat(PositionSeniority.of("Phó Đội trưởng")).isLessThan(PositionSeniority.of("Cán bộ"));
        assertThat(PositionSeniority.of("Cán bộ")).isEqualTo(PositionSeniority.UNKNOWN);
        assertThat(PositionSeniority.of(null)).isGreaterThan(PositionSeniority.UNKNOWN);
    }

    @Test
    void batchesAreAsFewAsTheStageAllowsAndNearlyEqual() {
        assertThat(StageOrderPlanner.batchSizes(41, 10)).containsExactly(9, 8, 8, 8, 8);
        assertThat(StageOrderPlanner.batchSizes(40, 10)).containsExactly(10, 10, 10, 10);
        assertThat(StageOrderPlanner.batchSizes(8, 10)).containsExactly(8);
        assertThat(StageOrderPlanner.batchSizes(0, 10)).isEmpty();
        assertThat(StageOrderPlanner.batchSizes(3, 1)).containsExactly(1, 1, 1);
        assertThatThrownBy(() -> StageOrderPlanner.batchSizes(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatchNeverMixesAwardForms() {
        List<Recipient> recipients = new ArrayList<>();
        for (long i = 1; i <= 3; i++) {
            recipients.add(unit(i, BANG_KHEN, (int) i * 100, "Đơn vị " + i));
        }
        for (long i = 4; i <= 15; i++) {
            recipients.add(person(i, GIAY_KHEN, 100, Rank.DAI_UY, "Cán bộ", "Nguyễn Văn " + (char) ('A' + i)));
        }
        List<PlannedBatch> plan = StageOrderPlanner.plan(recipients, 5, List.of());
        // 3 Bằng khen on one batch, 12 Giấy khen in 3 batches of 4 (not 5, 5, 2)
        assertThat(plan).extracting(PlannedBatch::formId).containsExactly(BANG_KHEN, GIAY_KHEN, GIAY_KHEN, GIAY_KHEN);
        assertThat(plan).extracting(b -> b.awardIds().size()).containsExactly(3, 4, 4, 4);
        assertThat(plan.get(0).awardIds()).containsExactly(1L, 2L, 3L);
        assertThat(plan).noneMatch(PlannedBatch::locked);
    }

    @Test
    void aFormWithZeroRecipientsGivesNoBatchAndNoRecipientsGiveAnEmptyPlan() {
        // the planner knows forms only through their recipients: Bằng khen has two, but both are
        // in a batch the organizer locked, so zero are left to batch for that form
        LockedBatch locked = new LockedBatch(70, 3, BANG_KHEN, List.of(1L, 2L));
        List<PlannedBatch> plan = StageOrderPlanner.plan(List.of(unit(1, BANG_KHEN, 100, "Phòng Tham mưu"),
                unit(2, BANG_KHEN, 200, "Phòng An ninh"), unit(3, GIAY_KHEN, 100, "Phòng Hậu cần"),
                unit(4, GIAY_KHEN, 300, "Phòng Cảnh sát hình sự")), 10, List.of(locked));
        // no generated (empty) Bằng khen batch: one Giấy khen batch, then the locked one
        assertThat(plan).extracting(PlannedBatch::formId).containsExactly(GIAY_KHEN, BANG_KHEN);
        assertThat(plan).extracting(PlannedBatch::lockedBatchId).containsExactly(null, 70L);
        assertThat(plan).noneMatch(b -> b.awardIds().isEmpty());
        assertThat(plan.get(0).awardIds()).containsExactly(3L, 4L);

        // a form with no recipient at all next to one with recipients, and nobody at all
        assertThat(StageOrderPlanner.batchSizes(0, 10)).isEmpty();
        assertThat(StageOrderPlanner.plan(List.of(unit(3, GIAY_KHEN, 100, "Phòng Hậu cần")), 10, List.of()))
                .extracting(PlannedBatch::formId).containsExactly(GIAY_KHEN);
        assertThat(StageOrderPlanner.plan(List.of(), 10, List.of())).isEmpty();
    }

    @Test
    void lockedBatchesStayAtTheirPlaceAndTheirRecipientsAreLeftOutOfTheRest() {
        List<Recipient> recipients = new ArrayList<>();
        for (long i = 1; i <= 12; i++) {
            recipients.add(unit(i, GIAY_KHEN, (int) i * 100, "Đơn vị " + i));
        }
        // the organizer locked batch 2 holding awards 12 and 1, in that order
        LockedBatch locked = new LockedBatch(77, 2, GIAY_KHEN, List.of(12L, 1L));
        List<PlannedBatch> plan = StageOrderPlanner.plan(recipients, 4, List.of(locked));

        assertThat(plan).hasSize(4);
        assertThat(plan.get(1).lockedBatchId()).isEqualTo(77L);
        assertThat(plan.get(1).awardIds()).containsExactly(12L, 1L);
        assertThat(plan.get(0).awardIds()).containsExactly(2L, 3L, 4L, 5L);
        assertThat(plan.get(2).awardIds()).containsExactly(6L, 7L, 8L);
        assertThat(plan.get(3).awardIds()).containsExactly(9L, 10L, 11L);
        assertThat(plan.stream().flatMap(b -> b.awardIds().stream()).distinct().count()).isEqualTo(12);
    }

    @Test
    void lockedBatchesBeyondTheNewEndFollowTheGeneratedOnes() {
        LockedBatch first = new LockedBatch(5, 1, BANG_KHEN, List.of(1L));
        LockedBatch far = new LockedBatch(6, 9, GIAY_KHEN, List.of(2L));
        List<PlannedBatch> plan = StageOrderPlanner.plan(List.of(unit(1, BANG_KHEN, 100, "A"),
                unit(2, GIAY_KHEN, 100, "A"), unit(3, GIAY_KHEN, 200, "B")), 10, List.of(far, first));
        assertThat(plan).extracting(PlannedBatch::lockedBatchId).containsExactly(5L, null, 6L);
        assertThat(plan.get(1).awardIds()).containsExactly(3L);
    }
}
