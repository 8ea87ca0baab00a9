package vn.congan.ceremony.print;

import java.util.List;
import vn.congan.ceremony.award.Award;

/**
 * Certificates that go on stage together, in the order the MC calls them; printed behind an
 * optional separator sheet that shows the heading ("ĐỢT 3"), the title, the presenter (empty when
 * unknown) and the count.
 */
public record CertificateGroup(String heading, String title, String presenter, List<Award> awards) {

    public CertificateGroup {
        awards = List.copyOf(awards);
        presenter = presenter == null ? "" : presenter;
    }
}
