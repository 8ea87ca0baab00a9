package vn.congan.ceremony.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardFormRepository extends JpaRepository<AwardForm, Long> {

    List<AwardForm> findAllByOrderByPrecedenceAsc();
}
