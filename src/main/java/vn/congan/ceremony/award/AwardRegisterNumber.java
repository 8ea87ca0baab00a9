package vn.congan.ceremony.award;

/** An award's register number ("Số vào sổ"), or null when it has none yet: what numbering reads. */
public record AwardRegisterNumber(Long awardId, String number) {
}
