package vn.congan.ceremony.print;

import java.util.List;
import vn.congan.ceremony.print.certificate.FitWarning;

/** What a print job would give, checked before printing: certificates, sheets and the overflowing ones. */
public record PrintCheck(int certificates, int sheets, List<FitWarning> warnings) {

    public PrintCheck {
        warnings = List.copyOf(warnings);
    }
}
