package io.custodian.platform.security.internal.realm;

/** Why a password was not accepted; recorded in the audit trail, never told to the caller. */
public enum FailureReason {
    UNKNOWN_USER("unknown_user"),
    BAD_PASSWORD("bad_password"),
    LOCKED("locked"),
    DISABLED("disabled");

    private final String code;

    FailureReason(String code) {
        this.code = code;
    }

    /** The value of the audit detail {@code reason}. */
    public String code() {
        return code;
    }
}
