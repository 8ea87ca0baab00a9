package vn.congan.ceremony.print;

import java.util.List;
import vn.congan.ceremony.award.Award;

/**
 * The stage order certificates are printed in, so the stack on the tray matches what the MC reads.
 * {@link PresentationBatchOrder} (primary) follows the presentation batches; {@link DecisionListOrder}
 * follows award form precedence, then each decision's list.
 */
public interface CertificateOrder {

    /** Splits {@code awards} (already loaded with decision, form and recipient) into groups in stage order. */
    List<CertificateGroup> arrange(List<Award> awards);
}
