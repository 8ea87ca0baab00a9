package vn.congan.ceremony.print;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.print.certificate.CalibrationPage;

/** Printer profiles and their calibration page. */
@Service
public class PrinterProfileService {

    /** Offsets beyond this are a wrong measurement, not a printer's error. */
    static final double MAX_OFFSET_MM = 30;

    private final PrinterProfileRepository profiles;

    public PrinterProfileService(PrinterProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Transactional(readOnly = true)
    public List<PrinterProfile> findAll() {
        return profiles.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<PrinterProfile> find(Long id) {
        return id == null ? Optional.empty() : profiles.findById(id);
    }

    @Transactional
    public PrinterProfile save(PrinterProfile profile) {
        if (profile.getName() == null || profile.getName().isEmpty()) {
            throw new UserMessageException("print.profile.error.name");
        }
        for (double value : new double[] {profile.getFrontX(), profile.getFrontY(), profile.getBackX(),
            profile.getBackY(), profile.getA3FrontX(), profile.getA3FrontY(), profile.getA3BackX(),
            profile.getA3BackY()}) {
            if (Math.abs(value) > MAX_OFFSET_MM) {
                throw new UserMessageException("print.profile.error.offset", MAX_OFFSET_MM);
            }
        }
        profiles.findByName(profile.getName()).filter(p -> !p.getId().equals(profile.getId())).ifPresent(p -> {
            throw new UserMessageException("print.profile.error.duplicate", profile.getName());
        });
        return profiles.save(profile);
    }

    @Transactional
    public void delete(PrinterProfile profile) {
        profiles.findById(profile.getId()).ifPresent(profiles::delete);
    }

    /**
     * The calibration sheet for {@code profile} on a sheet of the given size, with the current
     * offsets of that size's tray.
     */
    public byte[] calibration(PrinterProfile profile, double widthMm, double heightMm) {
        return CalibrationPage.render(profile.getName(), widthMm, heightMm, profile.offsetFor(widthMm, heightMm));
    }
}
