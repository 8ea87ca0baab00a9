package vn.congan.ceremony.award;

/**
 * The editable parts of a recipient: the achievement override (null = the decision's
 * default), note, register number and, for a collective, who receives it on stage.
 */
public record RecipientChange(String achievement, String note, String registerNumber, String representativeText) {
}
