package vn.congan.ceremony.ceremony;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CeremonyEventRepository extends JpaRepository<CeremonyEvent, Long> {

    List<CeremonyEvent> findByRunOrderByStateVersion(CeremonyRun run);

    /** The first time the ceremony reached {@code agendaItemId} after state version {@code since}. */
    Optional<CeremonyEvent> findFirstByRunAndAgendaItemIdAndKindInAndStateVersionGreaterThanOrderByStateVersion(
            CeremonyRun run, Long agendaItemId, List<EventKind> kinds, long since);
}
