package io.custodian.platform.security.internal.password;

import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.CredentialsMatcher;

/** Lets Shiro check a submitted password against a stored Argon2id PHC string. */
public final class Argon2CredentialsMatcher implements CredentialsMatcher {

    private final Argon2PasswordHasher hasher;

    public Argon2CredentialsMatcher(Argon2PasswordHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public boolean doCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) {
        if (!(token instanceof UsernamePasswordToken upt) || !(info.getCredentials() instanceof String stored)) {
            return false;
        }
        char[] password = upt.getPassword();
        return hasher.verify(password == null ? new char[0] : password, stored);
    }
}
