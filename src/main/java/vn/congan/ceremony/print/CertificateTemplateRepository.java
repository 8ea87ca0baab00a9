package vn.congan.ceremony.print;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.print.certificate.CertificateMode;

public interface CertificateTemplateRepository extends JpaRepository<CertificateTemplate, Long> {

    @Query("select t from CertificateTemplate t join fetch t.form f order by f.precedence, t.name")
    List<CertificateTemplate> findAllInFormOrder();

    List<CertificateTemplate> findByFormAndMode(AwardForm form, CertificateMode mode);

    long countByForm(AwardForm form);
}
