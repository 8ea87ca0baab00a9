package vn.congan.ceremony.conference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.OrgSettingsRepository;

/** The printed programme of a conference, as stored now. */
@Service
public class ProgrammeService {

    private final OrgSettingsRepository settings;
    private final AgendaService agenda;

    public ProgrammeService(OrgSettingsRepository settings, AgendaService agenda) {
        this.settings = settings;
        this.agenda = agenda;
    }

    @Transactional(readOnly = true)
    public byte[] programmePdf(Conference conference) {
        OrgSettings org = settings.findFirstByOrderByIdAsc()
                .orElseThrow(() -> new UserMessageException("programme.error.settings"));
        return ProgrammeRenderer.render(org, agenda.plan(conference));
    }

    /** "chuong-trinh-hoi-nghi-2020-11-20.pdf": ASCII, so every browser keeps it. */
    public static String fileName(Conference conference) {
        return "chuong-trinh-hoi-nghi-" + conference.getDate() + ".pdf";
    }
}
