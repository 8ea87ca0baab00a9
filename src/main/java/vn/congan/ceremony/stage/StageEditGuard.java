package vn.congan.ceremony.stage;

import java.util.Set;
import vn.congan.ceremony.conference.Conference;

/**
 * Which batches the live ceremony has already reached (called, on stage or handed over)
 * while it runs: the stage order must not change them under the MC's feet. The ceremony
 * feature provides it; without it nothing is protected.
 */
public interface StageEditGuard {

    StageEditGuard NONE = conference -> Set.of();

    /** The ids of the batches reached so far; empty before the start and after the end. */
    Set<Long> batchesReached(Conference conference);
}
