package vn.congan.ceremony.security;

/** The roles of the portal; views name them in {@code @RolesAllowed}. */
public enum Role {
    ADMIN, ORGANIZER, PRINT, MC;

    /** Constants for annotations, which need compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String ORGANIZER = "ORGANIZER";
        public static final String PRINT = "PRINT";
        public static final String MC = "MC";

        private Names() {
        }
    }
}
