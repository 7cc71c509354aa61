package io.custodian.platform.security.api;

import java.util.List;

/** A new password was refused by the password policy; nothing was changed. */
public class PasswordPolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> violations;

    /** @param violations human-readable rules the password breaks; never contain the password */
    public PasswordPolicyException(List<String> violations) {
        super("The new password does not meet the password policy: " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    /** The rules the password breaks. */
    public List<String> violations() {
        return violations;
    }
}
