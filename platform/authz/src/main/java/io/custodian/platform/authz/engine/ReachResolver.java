package io.custodian.platform.authz.engine;

import io.custodian.platform.authz.api.PrincipalType;
import io.custodian.platform.authz.api.RoleGrant;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.Validity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves and caches what reaches a subject. The cache is keyed by user name and groups; an
 * entry is reused only while the request time stays between the neighbouring grant validity
 * boundaries it was computed for, so a grant that starts or expires takes effect at once. The
 * model behind an engine never changes, so nothing else can make an entry stale.
 */
final class ReachResolver {

    /** Beyond this many subjects the cache is emptied rather than grown: a bound on memory, not an LRU. */
    static final int MAX_CACHED = 10_000;

    private record Key(String user, Set<String> groups) {
    }

    private final RoleHierarchy hierarchy;
    private final PolicyIndex index;
    private final Map<String, List<RoleGrant>> userGrants;
    private final Map<String, List<RoleGrant>> groupGrants;
    private final Map<Key, Reach> cache = new ConcurrentHashMap<>();

    ReachResolver(RoleHierarchy hierarchy, PolicyIndex index, List<RoleGrant> grants) {
        this.hierarchy = hierarchy;
        this.index = index;
        Map<String, List<RoleGrant>> users = new HashMap<>();
        Map<String, List<RoleGrant>> groups = new HashMap<>();
        for (RoleGrant grant : grants) {
            Map<String, List<RoleGrant>> target = grant.principal().type() == PrincipalType.USER ? users : groups;
            target.computeIfAbsent(grant.principal().name(), n -> new ArrayList<>()).add(grant);
        }
        this.userGrants = Map.copyOf(users);
        this.groupGrants = Map.copyOf(groups);
    }

    Reach reach(Subject subject, Instant at) {
        Key key = new Key(subject.user(), subject.groups());
        Reach cached = cache.get(key);
        if (cached != null && cached.covers(at)) {
            return cached;
        }
        Reach fresh = resolve(subject, at);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, fresh);
        return fresh;
    }

    private Reach resolve(Subject subject, Instant at) {
        Stretch stretch = new Stretch(at);
        Set<String> roles = new TreeSet<>();
        grantRoles(userGrants.get(subject.user()), at, stretch, roles);
        for (String group : subject.groups()) {
            grantRoles(groupGrants.get(group), at, stretch, roles);
        }
        List<PolicyBucket> buckets = new ArrayList<>();
        addIfPresent(buckets, index.user(subject.user()));
        for (String group : subject.groups()) {
            addIfPresent(buckets, index.group(group));
        }
        for (String role : roles) {
            addIfPresent(buckets, index.role(role));
        }
        return new Reach(Collections.unmodifiableSet(roles), buckets.toArray(PolicyBucket[]::new),
                stretch.from, stretch.until);
    }

    private void grantRoles(List<RoleGrant> grants, Instant at, Stretch stretch, Set<String> roles) {
        if (grants == null) {
            return;
        }
        for (RoleGrant grant : grants) {
            Validity validity = grant.validity();
            stretch.bound(validity.from());
            stretch.bound(validity.until());
            if (validity.isActiveAt(at)) {
                // A grant of a role the model does not define grants nothing.
                Set<String> closure = hierarchy.closure(grant.role());
                if (closure != null) {
                    roles.addAll(closure);
                }
            }
        }
    }

    private static void addIfPresent(List<PolicyBucket> buckets, PolicyBucket bucket) {
        if (bucket != null) {
            buckets.add(bucket);
        }
    }

    /** The widest stretch around an instant that no grant boundary cuts. */
    private static final class Stretch {
        private final Instant at;
        private Instant from;
        private Instant until;

        Stretch(Instant at) {
            this.at = at;
        }

        void bound(Instant boundary) {
            if (boundary == null) {
                return;
            }
            if (!at.isBefore(boundary)) {
                from = from == null || boundary.isAfter(from) ? boundary : from;
            } else {
                until = until == null || boundary.isBefore(until) ? boundary : until;
            }
        }
    }
}
