package io.custodian.platform.access.internal;

import io.custodian.platform.access.internal.store.AccessStore;
import io.custodian.platform.access.internal.store.StoreSession;
import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.authz.api.AccessModel;
import io.custodian.platform.authz.api.AccessRequest;
import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.InvalidModelException;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.RequestContext;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.SubjectDirectory;
import io.custodian.platform.authz.engine.PolicyEngine;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's {@link AccessDecider}: a compiled {@link PolicyEngine} over the stored model,
 * replaced after every successful write. Writes go through {@link #change}, which compiles the
 * candidate model inside the transaction and rolls back if it is inconsistent, so the store never
 * holds a model the engine refuses. Decisions read the clock themselves: time-bound grants and
 * policies start and end without a restart or a recompilation.
 */
@Component(service = {AccessDecider.class, LiveAccessDecider.class}, configurationPid = AccessConfig.PID)
@Designate(ocd = AccessConfig.class)
public class LiveAccessDecider implements AccessDecider {

    /** {@link Decision#decidedBy()} when the user is unknown, disabled, or no directory is available. */
    public static final String UNKNOWN_USER = "unknown-user";

    private static final Logger LOG = LoggerFactory.getLogger(LiveAccessDecider.class);

    /** A model and its compiled engine, swapped together. */
    private record Compiled(AccessModel model, PolicyEngine engine) {
    }

    private final AccessStore store;
    private final Clock clock;
    private final Object writeLock = new Object();
    // The engine asks this for a delegator's rights at decision time; it reads the bound service each time.
    private final SubjectDirectory directoryView = this::findSubject;
    private volatile ZoneId zone;
    private volatile SubjectDirectory directory;
    private volatile Compiled current;

    @Activate
    public LiveAccessDecider(@Reference AccessStore store, AccessConfig config) {
        this(store, Clock.systemUTC(), zoneOf(config));
    }

    /** Tests use this with a moved clock; bind a directory with {@link #bindDirectory}. */
    LiveAccessDecider(AccessStore store, Clock clock, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.current = compileStored();
    }

    /**
     * The user directory comes from the security bundle, which in turn consumes this decider: the
     * reference is optional and dynamic so the two can start in either order. Without a directory
     * every user is unknown and every request is denied.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDirectory(SubjectDirectory newDirectory) {
        directory = newDirectory;
    }

    void unbindDirectory(SubjectDirectory oldDirectory) {
        if (directory == oldDirectory) {
            directory = null;
        }
    }

    @Modified
    void modified(AccessConfig config) {
        zone = zoneOf(config);
    }

    @Override
    public Decision decide(String user, Permission permission, ResourceRef resource, String clientIp,
                           Set<PermissionPattern> scopes) {
        Optional<Subject> subject = findSubject(user);
        if (subject.isEmpty()) {
            return Decision.deny(UNKNOWN_USER, "No enabled user of that name");
        }
        RequestContext context = new RequestContext(clock.instant(), clientIp, zone);
        return current.engine().decide(new AccessRequest(subject.get(), permission, resource, context, scopes));
    }

    @Override
    public Set<String> effectiveRoles(String user) {
        return findSubject(user).map(s -> current.engine().effectiveRoles(s, clock.instant())).orElse(Set.of());
    }

    @Override
    public boolean holds(String user, PermissionPattern pattern) {
        return findSubject(user).map(s -> current.engine().holds(s, pattern, clock.instant())).orElse(false);
    }

    /** The decision for an administrator, with the roles the user has at this moment. */
    public Explanation explain(String user, Permission permission, ResourceRef resource, String clientIp) {
        Decision decision = decide(user, permission, resource, clientIp, null);
        List<String> roles = findSubject(user)
                .map(s -> current.engine().effectiveRoles(s, clock.instant()).stream().sorted().toList())
                .orElse(List.of());
        return new Explanation(decision, roles);
    }

    /** The user as the directory knows them (canonical name, groups, attributes), if enabled. */
    public Optional<Subject> findSubject(String user) {
        SubjectDirectory bound = directory;
        if (bound == null || user == null || user.isBlank()) {
            return Optional.empty();
        }
        return bound.find(user);
    }

    /** The committed model the current engine was compiled from. */
    public AccessModel model() {
        return current.model();
    }

    /** Now, by the decider's clock. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Applies {@code work} in one transaction, compiles the resulting model before commit and, once
     * committed, decides with it. Writes are serialised so the installed engine is always the
     * newest commit.
     *
     * @throws InvalidModelException if the changed model does not compile; nothing is stored
     */
    public <T> T change(Function<StoreSession, T> work) {
        synchronized (writeLock) {
            Compiled[] compiled = new Compiled[1];
            T result = store.write(session -> {
                T value = work.apply(session);
                AccessModel candidate = session.model();
                compiled[0] = new Compiled(candidate, PolicyEngine.compile(candidate, directoryView));
                return value;
            });
            current = compiled[0];
            return result;
        }
    }

    private Compiled compileStored() {
        try {
            AccessModel model = store.load();
            return new Compiled(model, PolicyEngine.compile(model, directoryView));
        } catch (RuntimeException e) {
            // Fail closed: a stored model the engine refuses (edited by hand?) denies everything.
            LOG.error("The stored access model is invalid; every request is denied until it is fixed", e);
            return new Compiled(AccessModel.EMPTY, PolicyEngine.compile(AccessModel.EMPTY, directoryView));
        }
    }

    private static ZoneId zoneOf(AccessConfig config) {
        try {
            return ZoneId.of(config.zone().trim());
        } catch (DateTimeException | NullPointerException e) {
            LOG.warn("Unknown zone '{}' in {}; using UTC", config.zone(), AccessConfig.PID);
            return ZoneOffset.UTC;
        }
    }

    /**
     * @param decision       what the engine decided and which policy decided it
     * @param effectiveRoles the roles the user holds now, directly, through groups and by inheritance
     */
    public record Explanation(Decision decision, List<String> effectiveRoles) {
    }
}
