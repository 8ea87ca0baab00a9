package vn.congan.ceremony.award;

/** How many collectives and individuals receive one award form at a conference. */
public record AwardCount(Long formId, String formName, int precedence, long collectives, long individuals) {

    public long total() {
        return collectives + individuals;
    }
}
