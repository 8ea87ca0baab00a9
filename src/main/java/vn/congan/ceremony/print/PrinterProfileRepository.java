package vn.congan.ceremony.print;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrinterProfileRepository extends JpaRepository<PrinterProfile, Long> {

    List<PrinterProfile> findAllByOrderByNameAsc();

    Optional<PrinterProfile> findByName(String name);
}
