package vn.congan.ceremony.award;

import java.time.LocalDate;
import vn.congan.ceremony.conference.ConferenceRepository;
import vn.congan.ceremony.demo.DemoDataLoader;

/** Decisions the award tests start from: the demo's Giấy khen decision, or a fresh empty one. */
public final class DecisionFixtures {

    private DecisionFixtures() {
    }

    public static Long emptyDecision(AwardDecisionRepository decisions, AwardFormRepository forms,
            ConferenceRepository conferences) {
        AwardDecision decision = new AwardDecision(conferences.findFirstByCurrentTrue().orElseThrow(),
                forms.findAllByOrderByPrecedenceAsc().get(1), "99/QĐ-TEST", LocalDate.of(2020, 11, 15));
        decision.setSignerCapacity("Giám đốc");
        decision.setSignerName("Nguyễn Thế Hùng");
        decision.setDefaultAchievement("Đã có thành tích xuất sắc");
        return decisions.save(decision).getId();
    }

    public static Long giayKhen(AwardDecisionRepository decisions) {
        return decisions.findAll().stream().filter(d -> d.getNumber().equals(DemoDataLoader.GIAY_KHEN_NUMBER))
                .findFirst().orElseThrow().getId();
    }

}
