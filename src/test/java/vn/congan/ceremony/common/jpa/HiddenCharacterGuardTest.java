package vn.congan.ceremony.common.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.print.CertificateTemplate;
import vn.congan.ceremony.print.CertificateTemplateService;
import vn.congan.ceremony.print.PrintLog;
import vn.congan.ceremony.print.PrintLogRepository;
import vn.congan.ceremony.print.PrintScope;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/** What reaches the database: never a control, bidirectional or zero-width character, whatever the path. */
@Tag("db")
class HiddenCharacterGuardTest extends AbstractSpringTest {

    private static final String HIDDEN = "[\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F\\u200B-\\u200F"
            + "\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u061C]";

    @Autowired OrganisationService organisation;
    @Autowired CertificateTemplateService templates;
    @Autowired PrintLogRepository printLogs;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aUnitAndAPersonSavedWithHiddenCharactersAreStoredClean() {
        Unit unit = organisation.saveUnit(null, "Phòng\u202E Hậu\u200B cần\u0007 mới", "PH\u001BX");
        Person person = organisation.savePerson(null, 0, PersonName.parse("Nguyễn\u202EVăn\u0007 An"), Rank.NONE,
                "Cán\u2066 bộ\uFEFF", unit.getId());

        assertThat(jdbc.queryForObject("select name from unit where id = ?", String.class, unit.getId()))
                .isEqualTo("Phòng Hậu cần mới");
        assertThat(jdbc.queryForObject("select short_code from unit where id = ?", String.class, unit.getId()))
                .isEqualTo("PHX");
        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, person.getId()))
                .isEqualTo("NguyễnVăn An");
        assertThat(jdbc.queryForObject("select position from person where id = ?", String.class, person.getId()))
                .isEqualTo("Cán bộ");
    }

    @Test
    void textThatNoSetterCleansLosesItsHiddenCharactersButKeepsItsLineBreaks() {
        PrintLog log = printLogs.saveAndFlush(new PrintLog(LocalDateTime.now(), "admin\u200B", null, PrintScope.values()[0],
                "In bằng khen\u202E cho\u0007 Phòng\nHậu cần", CertificateMode.FULL, 1, "Máy\u200E in"));

        assertThat(jdbc.queryForMap("select username, description, profile_name from print_log where id = ?",
                log.getId())).containsValues("admin", "In bằng khen cho Phòng\nHậu cần", "Máy in");
    }

    @Test
    void anEmbeddedValueChangedOnAnUpdateIsCleanedToo() {
        CertificateTemplate template = templates.save(templates.newTemplate(templates.forms().get(0),
                CertificateMode.FULL));
        template.getFields().get(0).setPattern("dd\u202E/MM\u0007/yyyy");
        templates.save(template);

        assertThat(jdbc.queryForList("select pattern from certificate_template_field where template_id = ?",
                String.class, template.getId())).isNotEmpty().noneMatch(p -> p != null && p.matches(".*" + HIDDEN + ".*"))
                .contains("dd/MM/yyyy");
    }
}
