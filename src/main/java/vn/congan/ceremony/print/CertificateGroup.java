package vn.congan.ceremony.print;

import java.util.List;
import vn.congan.ceremony.award.Award;

/**
 * Certificates that go on stage together, in the order the MC calls them; printed behind an
 * optional separator sheet. {@code presenter} is empty until presentation batches exist.
 */
public record CertificateGroup(String title, String presenter, List<Award> awards) {

    public CertificateGroup {
        awards = List.copyOf(awards);
        presenter = presenter == null ? "" : presenter;
    }
}
