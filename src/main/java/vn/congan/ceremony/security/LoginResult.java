package vn.congan.ceremony.security;

/** How a login attempt ended. */
public enum LoginResult {
    /** Right user name and password. */
    SUCCESS,
    /** Wrong user name or password (or a disabled login). */
    FAILED,
    /** Refused without checking the password: the account or the address was waiting after failures. */
    LOCKED
}
