package io.custodian.platform.security.api;

import io.custodian.platform.audit.api.Origin;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Self-service operations on the accounts of locally stored users. */
@ProviderType
public interface UserAccounts {

    /** The account of {@code user}, or empty if there is none. */
    Optional<Account> find(String user);

    /**
     * Replaces a user's password after checking the current one. Audited as
     * {@code auth.password_changed}.
     *
     * @throws AuthenticationException if the current password is not accepted
     * @throws PasswordPolicyException if the new password breaks the password policy
     */
    void changePassword(String user, char[] currentPassword, char[] newPassword, Origin origin);
}
