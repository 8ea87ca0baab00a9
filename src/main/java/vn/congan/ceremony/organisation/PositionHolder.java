package vn.congan.ceremony.organisation;

/**
 * A person with a position, as a role named in words is looked up among the department's people
 * ({@link RoleHolders}): their rank, full name, position and unit's name (null without a unit).
 */
public record PositionHolder(long personId, Rank rank, String fullName, String position, String unitName) {
}
