package io.custodian.platform.security.internal.user;

import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.SubjectDirectory;
import io.custodian.platform.persistence.api.SchemaMigrator;
import io.custodian.platform.security.internal.SecurityDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Local users with their groups and attributes, as the access engine sees them. Every request's
 * decision asks for its user, so answers are cached: changes made in this JVM clear the cache at
 * once ({@link #invalidate}); changes made by another node show within {@link #TTL}.
 */
@Component(service = {SubjectDirectory.class, UserDirectory.class})
public class UserDirectory implements SubjectDirectory {

    static final Duration TTL = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    private final UserStore users;
    private final GroupStore groups;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    private record Entry(Optional<Subject> subject, Instant loadedAt) {
    }

    @Activate
    public UserDirectory(BundleContext context, @Reference SchemaMigrator migrator,
                         @Reference(target = "(osgi.unit.name=custodian-security)") EntityManagerFactory emf) {
        this(SecurityDatabase.ready(migrator, context, emf), Clock.systemUTC());
    }

    /** For tests: a ready database. */
    public UserDirectory(EntityManagerFactory emf, Clock clock) {
        this.users = new UserStore(emf);
        this.groups = new GroupStore(emf);
        this.clock = clock;
    }

    @Override
    public Optional<Subject> find(String user) {
        if (user == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Entry entry = cache.get(user);
        if (entry == null || now.isAfter(entry.loadedAt().plus(TTL))) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            entry = new Entry(load(user), now);
            cache.put(user, entry);
        }
        return entry.subject();
    }

    /** Forgets every cached user; called after any change to users or groups. */
    public void invalidate() {
        cache.clear();
    }

    private Optional<Subject> load(String user) {
        return users.find(user).filter(UserRecord::enabled).map(record -> {
            Map<String, Object> attributes = new HashMap<>(record.attributes());
            return new Subject(record.username(), groups.groupsOf(record.username()), attributes);
        });
    }
}
