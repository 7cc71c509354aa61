package io.custodian.platform.security.internal.admin;

import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.persistence.api.SchemaMigrator;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.security.internal.SecurityDatabase;
import io.custodian.platform.security.internal.password.Argon2PasswordHasher;
import io.custodian.platform.security.internal.password.Argon2Settings;
import io.custodian.platform.security.internal.password.PasswordPolicy;
import io.custodian.platform.security.internal.user.GroupStore;
import io.custodian.platform.security.internal.user.UserAttributes;
import io.custodian.platform.security.internal.user.UserDirectory;
import io.custodian.platform.security.internal.user.UserNames;
import io.custodian.platform.security.internal.user.UserRecord;
import io.custodian.platform.security.internal.user.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creating, changing and removing local users. Every change is audited with what changed and
 * clears the directory cache, so access decisions see it at once. Passwords set here are
 * temporary: the user must replace them at the next login.
 */
@Component(service = UserAdministration.class)
public class UserAdministration {

    private final UserStore users;
    private final GroupStore groups;
    private final UserDirectory directory;
    private final AccessDecider decider;
    private final Argon2PasswordHasher hasher;
    private final AdminAudit audit;
    private final Clock clock;

    @Activate
    public UserAdministration(BundleContext context, @Reference SchemaMigrator migrator,
                              @Reference(target = "(osgi.unit.name=custodian-security)") EntityManagerFactory emf,
                              @Reference UserDirectory directory, @Reference AccessDecider decider,
                              @Reference AuditService audit) {
        this(SecurityDatabase.ready(migrator, context, emf), directory, decider, audit, Argon2Settings.OWASP, Clock.systemUTC());
    }

    /** For tests: a ready database. */
    public UserAdministration(EntityManagerFactory emf, UserDirectory directory, AccessDecider decider,
                              AuditService audit, Argon2Settings argon2, Clock clock) {
        this.users = new UserStore(emf);
        this.groups = new GroupStore(emf);
        this.directory = directory;
        this.decider = decider;
        this.hasher = new Argon2PasswordHasher(argon2, new SecureRandom());
        this.audit = new AdminAudit(audit);
        this.clock = clock;
    }

    public List<UserDetails> list() {
        return users.list().stream().map(this::details).toList();
    }

    public UserDetails get(String username) {
        return details(require(username));
    }

    public UserDetails create(UserRequests.Create request) {
        if (request == null) {
            throw invalid("a JSON body with username and password is required");
        }
        String name = UserNames.normalise(request.username());
        List<String> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() > UserNames.MAX_LENGTH || !name.matches("[a-z0-9._@-]+")) {
            problems.add("username: 1-" + UserNames.MAX_LENGTH + " of a-z 0-9 . _ @ -");
        }
        char[] password = request.password() == null ? new char[0] : request.password();
        PasswordPolicy.violations(name, password).forEach(v -> problems.add("password: " + v));
        Map<String, String> attributes = request.attributes() == null ? Map.of() : request.attributes();
        UserAttributes.violations(attributes).forEach(v -> problems.add("attributes: " + v));
        checkProfile(request.displayName(), request.email(), problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        if (users.find(name).isPresent()) {
            audit.failed("user.created", "user:" + name, "duplicate");
            throw new CustodianException(AdminErrorCode.DUPLICATE, "A user named '" + name + "' exists already.");
        }
        users.create(name, hasher.hash(password), true, clock.instant());
        Arrays.fill(password, '\0');
        users.update(name, orEmpty(request.displayName()), orEmpty(request.email()), attributes, true);
        directory.invalidate();
        UserDetails created = get(name);
        audit.changed("user.created", "user:" + name, Map.of(), created.auditable());
        return created;
    }

    public UserDetails update(String username, UserRequests.Update request) {
        UserRecord current = require(username);
        if (request == null) {
            throw invalid("a JSON body is required");
        }
        Map<String, String> attributes = request.attributes() == null ? current.attributes() : request.attributes();
        List<String> problems = new ArrayList<>();
        UserAttributes.violations(attributes).forEach(v -> problems.add("attributes: " + v));
        checkProfile(request.displayName(), request.email(), problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        boolean enabled = request.enabled() == null ? current.enabled() : request.enabled();
        if (!enabled && isCaller(current.username())) {
            throw new CustodianException(AdminErrorCode.SELF_LOCKOUT, "You cannot disable your own account.");
        }
        UserDetails before = details(current);
        users.update(current.username(), request.displayName() == null ? current.displayName() : request.displayName(),
                request.email() == null ? current.email() : request.email(), attributes, enabled);
        directory.invalidate();
        UserDetails after = get(current.username());
        audit.changed("user.updated", "user:" + current.username(), before.auditable(), after.auditable());
        return after;
    }

    public void delete(String username) {
        UserRecord current = require(username);
        if (isCaller(current.username())) {
            throw new CustodianException(AdminErrorCode.SELF_LOCKOUT, "You cannot delete your own account.");
        }
        UserDetails before = details(current);
        users.delete(current.username());
        directory.invalidate();
        audit.changed("user.deleted", "user:" + current.username(), before.auditable(), Map.of());
    }

    public void resetPassword(String username, UserRequests.ResetPassword request) {
        UserRecord current = require(username);
        char[] password = request == null || request.password() == null ? new char[0] : request.password();
        List<String> problems = PasswordPolicy.violations(current.username(), password).stream()
                .map(v -> "password: " + v).toList();
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        users.resetPassword(current.username(), hasher.hash(password), clock.instant());
        Arrays.fill(password, '\0');
        // The changes list names the field only; AuditChanges redacts anything called password.
        audit.changed("user.password_reset", "user:" + current.username(), Map.of("password", "old"),
                Map.of("password", "new"));
    }

    private UserDetails details(UserRecord user) {
        return UserDetails.of(user, user.lockedAt(clock.instant()), List.copyOf(groups.groupsOf(user.username())),
                decider.effectiveRoles(user.username()).stream().sorted().toList());
    }

    private UserRecord require(String username) {
        return users.find(UserNames.normalise(username)).orElseThrow(() -> new CustodianException(
                AdminErrorCode.USER_NOT_FOUND, "No user named '" + UserNames.forAudit(username) + "'."));
    }

    private static boolean isCaller(String username) {
        return Caller.current().user().map(username::equals).orElse(false);
    }

    private static void checkProfile(String displayName, String email, List<String> problems) {
        if (displayName != null && displayName.length() > 200) {
            problems.add("displayName: at most 200 characters");
        }
        if (email != null && !email.isEmpty() && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            problems.add("email: not an e-mail address");
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static CustodianException invalid(String problem) {
        return invalid(List.of(problem));
    }

    private static CustodianException invalid(List<String> problems) {
        return new CustodianException(AdminErrorCode.INVALID_REQUEST, String.join("; ", problems),
                Map.of("errors", problems));
    }
}
