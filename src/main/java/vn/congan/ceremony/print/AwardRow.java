package vn.congan.ceremony.print;

/** One certificate as the print page lists it. */
public record AwardRow(Long awardId, Long decisionId, String decisionNumber, String formName, String recipient,
        String detail, String registerNumber) {
}
