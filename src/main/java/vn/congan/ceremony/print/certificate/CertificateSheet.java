package vn.congan.ceremony.print.certificate;

import java.util.List;

/** One page of a print job: a certificate, or the separator sheet in front of a batch. */
public sealed interface CertificateSheet {

    double widthMm();

    double heightMm();

    /** A certificate; {@code label} names it in warnings ("Nguyễn Văn An - 1234/QĐ-CAT-PV01"). */
    record Certificate(String label, CertificateLayout layout, CertificateData data) implements CertificateSheet {
        @Override
        public double widthMm() {
            return layout.widthMm();
        }

        @Override
        public double heightMm() {
            return layout.heightMm();
        }
    }

    /** A plain sheet with a few large lines (batch number, presenter, count), same paper as what follows. */
    record Separator(double widthMm, double heightMm, List<String> lines) implements CertificateSheet {
        public Separator {
            lines = List.copyOf(lines);
        }
    }
}
