package vn.congan.ceremony.print;

import java.util.List;
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

    /** More than one file: the download is a ZIP holding one PDF per stock. */
    public boolean zipped() {
        return files.size() > 1;
    }
}
