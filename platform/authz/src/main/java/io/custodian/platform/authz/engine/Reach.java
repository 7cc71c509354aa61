package io.custodian.platform.authz.engine;

import java.time.Instant;
import java.util.Set;

/**
 * Everything that reaches a subject during one stretch of time: its effective roles and the
 * policy buckets of the user, its groups and those roles. Nothing about it changes between
 * {@code from} (inclusive) and {@code until} (exclusive), the neighbouring validity boundaries of
 * the subject's role grants, which is what makes it safe to cache.
 *
 * @param roles   effective roles, closed over parents
 * @param buckets policy buckets of the user, its groups and its effective roles
 * @param from    start of the stretch, {@code null} for since ever
 * @param until   end of the stretch, {@code null} for no end
 */
record Reach(Set<String> roles, PolicyBucket[] buckets, Instant from, Instant until) {

    boolean covers(Instant at) {
        return (from == null || !at.isBefore(from)) && (until == null || at.isBefore(until));
    }
}
