package vn.congan.ceremony.conference;

import java.util.List;

/**
 * Who hands over the awards, as the stage order knows it: the programme's award row names them
 * instead of a fixed text. Implemented by the stage order, which depends on this package, not the
 * other way round.
 */
public interface AwardPresenters {

    /**
     * One presenter of one batch, in ceremony order; {@code agendaItemId} is the award item the
     * batch is held in, null for the first one.
     */
    record Presenter(Long agendaItemId, String rankAndName) {
    }

    List<Presenter> inCeremonyOrder(Conference conference);
}
