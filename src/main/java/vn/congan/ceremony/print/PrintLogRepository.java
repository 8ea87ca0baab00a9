package vn.congan.ceremony.print;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congan.ceremony.conference.Conference;

public interface PrintLogRepository extends JpaRepository<PrintLog, Long> {

    List<PrintLog> findTop100ByOrderByPrintedAtDescIdDesc();

    long countByConference(Conference conference);
}
