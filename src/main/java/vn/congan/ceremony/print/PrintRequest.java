package vn.congan.ceremony.print;

import java.util.List;
import vn.congan.ceremony.print.certificate.CertificateMode;

/**
 * One print job as the print page asks for it.
 *
 * @param conferenceId for {@link PrintScope#CEREMONY}
 * @param decisionId   for {@link PrintScope#DECISION}, or the batch's id for {@link PrintScope#BATCH}
 * @param awardIds     for {@link PrintScope#SELECTION}
 * @param profileId    the printer profile whose offsets apply; null prints without offset
 * @param separators   a separator sheet in front of each group
 */
public record PrintRequest(PrintScope scope, Long conferenceId, Long decisionId, List<Long> awardIds,
        CertificateMode mode, Long profileId, boolean separators) {

    public PrintRequest {
        awardIds = awardIds == null ? List.of() : List.copyOf(awardIds);
    }

    public static PrintRequest ceremony(Long conferenceId, CertificateMode mode, Long profileId, boolean separators) {
        return new PrintRequest(PrintScope.CEREMONY, conferenceId, null, List.of(), mode, profileId, separators);
    }

    public static PrintRequest decision(Long decisionId, CertificateMode mode, Long profileId, boolean separators) {
        return new PrintRequest(PrintScope.DECISION, null, decisionId, List.of(), mode, profileId, separators);
    }

    public static PrintRequest batch(Long batchId, CertificateMode mode, Long profileId, boolean separators) {
        return new PrintRequest(PrintScope.BATCH, null, batchId, List.of(), mode, profileId, separators);
    }

    public static PrintRequest selection(List<Long> awardIds, CertificateMode mode, Long profileId) {
        return new PrintRequest(PrintScope.SELECTION, null, null, awardIds, mode, profileId, false);
    }
}
