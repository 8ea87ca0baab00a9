package vn.congan.ceremony.ceremony;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CeremonyRecipientRepository extends JpaRepository<CeremonyRecipient, Long> {

    List<CeremonyRecipient> findByRun(CeremonyRun run);

    List<CeremonyRecipient> findByRunAndAwardIdIn(CeremonyRun run, Collection<Long> awardIds);
}
