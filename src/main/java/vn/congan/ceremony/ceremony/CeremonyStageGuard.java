package vn.congan.ceremony.ceremony;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.stage.StageEditGuard;

/**
 * While the ceremony runs (started, not finished), the batches up to and including the one
 * on stage are reached: the stage order refuses to move, split or merge them, or to
 * regenerate the order, so that the MC, backstage and the projector keep what they read.
 */
@Component
class CeremonyStageGuard implements StageEditGuard {

    private final CeremonyRunRepository runs;
    private final CeremonyRecipientRepository recipients;
    private final LiveProgrammeLoader programmes;

    CeremonyStageGuard(CeremonyRunRepository runs, CeremonyRecipientRepository recipients,
            LiveProgrammeLoader programmes) {
        this.runs = runs;
        this.recipients = recipients;
        this.programmes = programmes;
    }

    @Override
    public Set<Long> batchesReached(Conference conference) {
        CeremonyRun run = runs.findByConference(conference).orElse(null);
        if (run == null || run.isFinished() || run.currentStep() == null) {
            return Set.of();
        }
        Map<Long, RecipientState> states = new HashMap<>();
        recipients.findByRun(run).forEach(r -> states.put(r.getAwardId(), r.state()));
        CeremonyPlan plan = programmes.load(conference).plan();
        Step current = plan.resolve(run.currentStep(), states);
        int index = plan.indexOf(current);
        Set<Long> reached = new HashSet<>();
        for (int i = 0; i <= index; i++) {
            Step step = plan.steps().get(i);
            if (step.isBatch()) {
                reached.add(step.batchId());
            }
        }
        return reached;
    }
}
