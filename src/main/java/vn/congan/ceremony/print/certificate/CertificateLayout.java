package vn.congan.ceremony.print.certificate;

import java.util.List;
import java.util.Optional;

/** A certificate design: the sheet in millimetres (width x height as it lies), the mode and the boxes. */
public record CertificateLayout(String name, double widthMm, double heightMm, CertificateMode mode,
        List<FieldBox> fields) {

    public CertificateLayout {
        if (widthMm < 50 || heightMm < 50 || widthMm > 1000 || heightMm > 1000) {
            throw new IllegalArgumentException("Paper size out of range: " + widthMm + " x " + heightMm);
        }
        fields = List.copyOf(fields);
    }

    public Optional<FieldBox> field(FieldKey key) {
        return fields.stream().filter(f -> f.key() == key).findFirst();
    }
}
