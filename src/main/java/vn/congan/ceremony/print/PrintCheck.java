package vn.congan.ceremony.print;

import java.util.List;
import java.util.Optional;
import vn.congan.ceremony.print.certificate.FitWarning;

/**
 * What a print job would give, checked before printing: certificates, sheets, the overflowing
 * ones, and the files it comes out as (one per stock, with its sheets).
 */
public record PrintCheck(int certificates, int sheets, List<FitWarning> warnings, List<PrintFile> files) {

    public PrintCheck {
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
    }

    /**
     * The print page's rule, checked again by {@link CertificatePrintService#print(PrintRequest,
     * PrintCheck, boolean, String, CertificatePrintService.PrintTarget)}: a job is downloaded only
     * after a check of that very job ({@code checked}, null before any), and when the check found
     * sheets that overflow, only once they were accepted. Empty when the download may go, else the
     * message key saying what is missing.
     */
    public static Optional<String> downloadRefusal(PrintCheck checked, boolean warningsAccepted) {
        if (checked == null) {
            return Optional.of("print.download.checkFirst");
        }
        return checked.warnings().isEmpty() || warningsAccepted ? Optional.empty()
                : Optional.of("print.download.acceptFirst");
    }

    /** More than one file: the download is a ZIP holding one PDF per stock. */
    public boolean zipped() {
        return files.size() > 1;
    }
}
