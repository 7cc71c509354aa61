package io.custodian.platform.security.internal;

import io.custodian.platform.apikeys.api.ApiKeyAuthenticator;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.persistence.api.SchemaMigrator;
import io.custodian.platform.security.api.AccessDecision;
import io.custodian.platform.security.api.Account;
import io.custodian.platform.security.api.AuthenticationException;
import io.custodian.platform.security.api.Identity;
import io.custodian.platform.security.api.PasswordPolicyException;
import io.custodian.platform.security.api.SecurityService;
import io.custodian.platform.security.api.SessionToken;
import io.custodian.platform.security.api.UserAccounts;
import io.custodian.platform.security.internal.authz.AccessPolicy;
import io.custodian.platform.security.internal.authz.PasswordChangeGate;
import io.custodian.platform.security.internal.password.Argon2CredentialsMatcher;
import io.custodian.platform.security.internal.password.Argon2PasswordHasher;
import io.custodian.platform.security.internal.password.Argon2Settings;
import io.custodian.platform.security.internal.password.OneTimePasswords;
import io.custodian.platform.security.internal.password.PasswordPolicy;
import io.custodian.platform.security.internal.realm.DatabaseRealm;
import io.custodian.platform.security.internal.realm.PasswordAuthenticator;
import io.custodian.platform.security.internal.session.SessionStore;
import io.custodian.platform.security.internal.user.InitialAdmin;
import io.custodian.platform.security.internal.user.InitialPasswordFile;
import io.custodian.platform.security.internal.user.UserNames;
import io.custodian.platform.security.internal.user.UserStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security service: users from the kernel database checked by Shiro, sessions in memory,
 * every decision through {@link AccessPolicy}
 * (the access bundle's policies), API keys checked by the API key bundle. On first start it creates the initial admin.
 */
@Component(service = {SecurityService.class, UserAccounts.class}, configurationPid = SecurityServiceImpl.PID)
@Designate(ocd = SecurityConfig.class)
public class SecurityServiceImpl implements SecurityService, UserAccounts {

    /** Configuration PID, the bundle's root package. */
    public static final String PID = "io.custodian.platform.security";

    private static final Logger LOG = LoggerFactory.getLogger(SecurityServiceImpl.class);
    // One message for every refusal, so the answer never tells whether the user exists or is locked.
    private static final String REJECTED = "Invalid user name or password, or the account is temporarily locked";

    private final AuthAudit audit;
    private final Clock clock;
    private final Argon2PasswordHasher hasher;
    private final UserStore users;
    private final DefaultSecurityManager shiro;
    private final PasswordAuthenticator authenticator;
    private final PasswordChangeGate passwordChangeGate = new PasswordChangeGate();
    private final AccessPolicy accessPolicy;
    private final AccessDecider decider;
    private final ApiKeyAuthenticator apiKeys;
    private final SessionStore sessions;
    private final InitialPasswordFile initialPasswordFile;
    private volatile SecuritySettings settings;

    @Activate
    public SecurityServiceImpl(@Reference AuditService audit, @Reference SchemaMigrator migrator,
                               @Reference(target = "(osgi.unit.name=custodian-security)") EntityManagerFactory emf,
                               @Reference AccessDecider decider, @Reference ApiKeyAuthenticator apiKeys,
                               SecurityConfig config, BundleContext context) {
        this(audit, SecurityDatabase.ready(migrator, context, emf), decider, apiKeys, SecuritySettings.from(config),
                Argon2Settings.OWASP, Clock.systemUTC(), dataDir(context), System.out);
    }

    /**
     * Builds the service on a ready database and creates the initial admin if there are no users.
     * Tests call this directly.
     *
     * @param dataDir Karaf's data folder; the initial password file goes below it
     * @param console where the one-time password is shown
     */
    SecurityServiceImpl(AuditService audit, EntityManagerFactory emf, AccessDecider decider,
                        ApiKeyAuthenticator apiKeys, SecuritySettings settings, Argon2Settings argon2,
                        Clock clock, Path dataDir, PrintStream console) {
        SecureRandom random = new SecureRandom();
        this.audit = new AuthAudit(audit);
        this.clock = clock;
        this.settings = settings;
        this.hasher = new Argon2PasswordHasher(argon2, random);
        this.users = new UserStore(emf);
        // A hash nobody can match, so unknown users cost one verification like everyone else.
        DatabaseRealm realm = new DatabaseRealm(users, new Argon2CredentialsMatcher(hasher),
                hasher.hash(OneTimePasswords.generate(random)), clock);
        this.shiro = new DefaultSecurityManager(realm);
        this.authenticator = new PasswordAuthenticator(shiro, users, clock);
        this.decider = decider;
        this.apiKeys = apiKeys;
        this.accessPolicy = new AccessPolicy(decider, passwordChangeGate);
        this.sessions = new SessionStore(clock, random);
        this.initialPasswordFile = new InitialPasswordFile(dataDir);
        new InitialAdmin(users, hasher, initialPasswordFile, random, clock, console).createIfNoUsers();
    }

    @Modified
    void modified(SecurityConfig config) {
        settings = SecuritySettings.from(config);
        LOG.info("Security settings changed: session TTL {}, lockout after {} failures for {}",
                settings.sessionTtl(), settings.lockoutThreshold(), settings.lockoutDuration());
    }

    @Deactivate
    void deactivate() {
        sessions.clear();
        shiro.destroy();
    }

    @Override
    public Identity authenticate(String user, char[] password, Origin origin) {
        return checkPassword(user, password, origin, "basic");
    }

    @Override
    public SessionToken login(String user, char[] password, Origin origin) {
        Identity identity = checkPassword(user, password, origin, "session");
        return sessions.open(identity, settings.sessionTtl());
    }

    @Override
    public Optional<Identity> authenticateToken(String token, Origin origin) {
        if (!apiKeys.looksLikeApiKey(token)) {
            return sessions.resolve(token);
        }
        // Successful key use is not audited per request (last_used_at records it); refusals are.
        Optional<Identity> identity = apiKeys.authenticate(token)
                .map(key -> new Identity(key.owner(), key.keyId(), key.scopes()));
        if (identity.isEmpty()) {
            audit.apiKeyRejected(origin);
        }
        return identity;
    }

    @Override
    public void logout(String token, Origin origin) {
        sessions.close(token).ifPresent(identity -> audit.loggedOut(identity.name(), origin));
    }

    @Override
    public AccessDecision authorize(Identity identity, String permission, Origin origin) {
        AccessDecision decision = accessPolicy.decide(identity, permission, origin.clientIp());
        if (!decision.allowed()) {
            audit.permissionDenied(identity.actor(), permission, decision.reason(), origin);
        }
        return decision;
    }

    @Override
    public Optional<Account> find(String user) {
        return users.find(UserNames.normalise(user))
                .map(u -> new Account(u.username(), decider.effectiveRoles(u.username()), u.mustChangePassword()));
    }

    @Override
    public void changePassword(String user, char[] currentPasswordOrNull, char[] newPasswordOrNull, Origin origin) {
        String name = UserNames.normalise(user);
        char[] currentPassword = orEmpty(currentPasswordOrNull);
        char[] newPassword = orEmpty(newPasswordOrNull);
        SecuritySettings current = settings;
        PasswordAuthenticator.Outcome outcome = authenticator.check(name, currentPassword,
                current.lockoutThreshold(), current.lockoutDuration());
        if (!outcome.succeeded()) {
            audit.passwordChangeFailed(UserNames.forAudit(user), "current_password_" + outcome.failure().code(),
                    origin);
            outcome.lockedUntil().ifPresent(until -> lockedOut(name, until, origin));
            throw new AuthenticationException(REJECTED);
        }
        List<String> violations = new ArrayList<>(PasswordPolicy.violations(name, newPassword));
        if (Arrays.equals(currentPassword, newPassword)) {
            violations.add("must differ from the current password");
        }
        if (!violations.isEmpty()) {
            audit.passwordChangeFailed(name, "policy", origin);
            throw new PasswordPolicyException(violations);
        }
        users.changePassword(name, hasher.hash(newPassword), clock.instant());
        passwordChangeGate.set(name, false);
        audit.passwordChanged(name, origin);
        LOG.info("User '{}' changed their password", name);
        if (InitialAdmin.USERNAME.equals(name) && initialPasswordFile.delete()) {
            LOG.info("Deleted {}: the initial password is no longer valid", initialPasswordFile.path());
        }
    }

    private Identity checkPassword(String user, char[] password, Origin origin, String method) {
        SecuritySettings current = settings;
        PasswordAuthenticator.Outcome outcome = authenticator.check(user, orEmpty(password),
                current.lockoutThreshold(), current.lockoutDuration());
        if (!outcome.succeeded()) {
            audit.loginFailed(UserNames.forAudit(user), method, outcome.failure().code(), origin);
            outcome.lockedUntil().ifPresent(until -> lockedOut(outcome.account().username(), until, origin));
            throw new AuthenticationException(REJECTED);
        }
        String name = outcome.account().username();
        passwordChangeGate.set(name, outcome.account().mustChangePassword());
        audit.loginSucceeded(name, method, origin);
        return Identity.user(name);
    }

    private static char[] orEmpty(char[] password) {
        return password == null ? new char[0] : password;
    }

    private void lockedOut(String user, Instant until, Origin origin) {
        audit.lockedOut(user, until, origin);
        LOG.warn("Account '{}' locked until {} after {} consecutive failed logins", user, until,
                settings.lockoutThreshold());
    }

    private static Path dataDir(BundleContext context) {
        String karafData = context.getProperty("karaf.data");
        return Path.of(karafData != null ? karafData : "data");
    }
}
