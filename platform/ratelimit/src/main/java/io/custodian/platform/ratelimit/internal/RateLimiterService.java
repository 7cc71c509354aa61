package io.custodian.platform.ratelimit.internal;

import io.custodian.platform.ratelimit.api.RateLimitResult;
import io.custodian.platform.ratelimit.api.RateLimiter;
import io.custodian.platform.ratelimit.api.RouteGroups;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link RateLimiter} service: applies the configured limit of a route group to the bucket
 * {@code group:capacity/period:principal}. The limit is part of the key, so a changed limit
 * starts fresh buckets while untouched groups keep their counters across configuration changes.
 */
@Component(service = RateLimiter.class, configurationPid = RateLimitConfig.PID)
@Designate(ocd = RateLimitConfig.class)
public final class RateLimiterService implements RateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimiterService.class);

    private final BackendFactory factory;
    // Swapped whole on configuration changes so a request sees one consistent pair.
    private volatile Active active;

    /** The settings in force and the backend they use (null when disabled). */
    private record Active(RateLimitSettings settings, Backend backend) {
    }

    /** Activated by DS; an invalid configuration is logged and the built-in defaults apply. */
    @Activate
    public RateLimiterService(RateLimitConfig config) {
        this(parseOr(config, RateLimitSettings.DEFAULTS), BackendFactory.SYSTEM);
    }

    RateLimiterService(RateLimitSettings settings, BackendFactory factory) {
        this.factory = factory;
        this.active = new Active(settings, settings.enabled() ? factory.create(settings) : null);
        log(settings);
    }

    /** Applies a changed configuration; an invalid one is logged and the one in force stays. */
    @Modified
    void modified(RateLimitConfig config) {
        apply(parseOr(config, null));
    }

    synchronized void apply(RateLimitSettings next) {
        if (next == null) {
            return;
        }
        Active previous = active;
        Backend backend = null;
        if (next.enabled()) {
            boolean reuse = previous.backend() != null && BackendFactory.sameBackend(previous.settings(), next);
            backend = reuse ? previous.backend() : factory.create(next);
        }
        active = new Active(next, backend);
        if (previous.backend() != null && previous.backend() != backend) {
            previous.backend().close();
        }
        log(next);
    }

    @Deactivate
    synchronized void deactivate() {
        Backend backend = active.backend();
        if (backend != null) {
            backend.close();
        }
    }

    @Override
    public RateLimitResult consume(String principal, String routeGroup) {
        if (principal == null || principal.isBlank()) {
            throw new IllegalArgumentException("principal must not be blank");
        }
        Active current = active;
        if (current.backend() == null) {
            return RateLimitResult.unlimited();
        }
        String requested = routeGroup == null || routeGroup.isBlank()
                ? RouteGroups.DEFAULT : routeGroup.trim().toLowerCase(Locale.ROOT);
        String group = current.settings().effectiveGroup(requested);
        Limit limit = current.settings().limitFor(group);
        return current.backend().consume(group + ":" + limit + ":" + principal, limit);
    }

    private static RateLimitSettings parseOr(RateLimitConfig config, RateLimitSettings fallback) {
        try {
            return RateLimitSettings.from(config);
        } catch (InvalidSettingsException e) {
            LOG.error("Configuration {} rejected, {}: {}", RateLimitConfig.PID,
                    fallback == null ? "the configuration in force stays" : "using the built-in defaults",
                    String.join("; ", e.problems()));
            return fallback;
        }
    }

    private static void log(RateLimitSettings s) {
        if (!s.enabled()) {
            LOG.info("Rate limiting is disabled");
        } else {
            LOG.info("Rate limiting on, backend {}, limits {}", s.backend().name().toLowerCase(Locale.ROOT), s.limits());
        }
    }
}
