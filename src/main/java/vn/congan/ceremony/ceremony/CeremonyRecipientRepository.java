package vn.congan.ceremony.ceremony;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CeremonyRecipientRepository extends JpaRepository<CeremonyRecipient, Long> {

    List<CeremonyRecipient> findByRun(CeremonyRun run);
}
