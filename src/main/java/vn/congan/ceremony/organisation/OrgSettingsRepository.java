package vn.congan.ceremony.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgSettingsRepository extends JpaRepository<OrgSettings, Long> {

    Optional<OrgSettings> findFirstByOrderByIdAsc();
}
