package io.custodian.platform.ratelimit.internal;

import io.custodian.platform.ratelimit.api.RouteGroups;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed, validated rate-limit configuration.
 *
 * @param enabled whether limits apply at all
 * @param backend where buckets live
 * @param redisUri the Redis server (redis backend only)
 * @param redisPassword Redis AUTH password, empty for none or the URI's; never logged
 * @param redisTimeoutMillis connect/read timeout of Redis calls
 * @param maxBuckets bound of the memory backend's bucket map
 * @param limits limit per route group; always has {@link RouteGroups#DEFAULT}
 */
record RateLimitSettings(boolean enabled, BackendKind backend, URI redisUri, String redisPassword,
                         int redisTimeoutMillis, int maxBuckets, Map<String, Limit> limits) {

    static final String DEFAULT_REDIS_URI = "redis://127.0.0.1:6379";
    static final int DEFAULT_REDIS_TIMEOUT_MILLIS = 500;
    // About 0.5 KB per bucket with its key (measured): 20,000 buckets is about 10 MB of a 256 MB heap.
    static final int DEFAULT_MAX_BUCKETS = 20_000;
    static final Limit DEFAULT_LIMIT = new Limit(600, 60);

    /** The built-in configuration, used when the first configuration given is invalid. */
    static final RateLimitSettings DEFAULTS = new RateLimitSettings(true, BackendKind.MEMORY,
            URI.create(DEFAULT_REDIS_URI), "", DEFAULT_REDIS_TIMEOUT_MILLIS, DEFAULT_MAX_BUCKETS,
            Map.of(RouteGroups.DEFAULT, DEFAULT_LIMIT, "auth", new Limit(30, 60), "audit", new Limit(120, 60)));

    // Upper bounds keep arithmetic in Bucket4j far from overflow and catch typos such as 6000000.
    private static final long MAX_CAPACITY = 1_000_000_000L;
    private static final long MAX_PERIOD_SECONDS = 31L * 24 * 3600;
    private static final Pattern ENTRY =
            Pattern.compile("([a-z0-9][a-z0-9._-]*)\\s*=\\s*(\\d{1,10})\\s*/\\s*(\\d{1,10})");

    /** The two places buckets can live. */
    enum BackendKind { MEMORY, REDIS }

    RateLimitSettings {
        redisPassword = redisPassword == null ? "" : redisPassword;
        limits = Collections.unmodifiableMap(new TreeMap<>(limits));
    }

    /** Without the password or the URI's user info, so the settings are safe to log. */
    @Override
    public String toString() {
        return "RateLimitSettings[enabled=" + enabled + ", backend=" + backend + ", redis="
                + redisUri.getHost() + ":" + redisUri.getPort() + ", maxBuckets=" + maxBuckets
                + ", limits=" + limits + "]";
    }

    /** The limit of a route group, the default group's for groups without one of their own. */
    Limit limitFor(String group) {
        return limits.getOrDefault(group, limits.get(RouteGroups.DEFAULT));
    }

    /** The group whose bucket a request of {@code group} uses: itself if configured, else default. */
    String effectiveGroup(String group) {
        return limits.containsKey(group) ? group : RouteGroups.DEFAULT;
    }

    /** Parses a DS configuration. */
    static RateLimitSettings from(RateLimitConfig config) throws InvalidSettingsException {
        return parse(config.enabled(), config.backend(), config.redis_uri(), config._redis_password(),
                config.redis_timeoutMillis(), config.memory_maxBuckets(), config.limits());
    }

    /**
     * Parses raw values. Each {@code limits} element may hold several comma-separated entries,
     * because a Karaf {@code .cfg} line {@code limits = a=1/1, b=2/2} arrives as one string.
     *
     * @throws InvalidSettingsException listing every invalid value
     */
    static RateLimitSettings parse(boolean enabled, String backend, String redisUri, String redisPassword,
                                   int redisTimeoutMillis, int maxBuckets, String[] limits)
            throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        BackendKind kind = parseBackend(backend, problems);
        URI uri = parseRedisUri(redisUri, problems);
        if (redisTimeoutMillis < 1) {
            problems.add("redis.timeoutMillis must be at least 1, got " + redisTimeoutMillis);
        }
        if (maxBuckets < 1) {
            problems.add("memory.maxBuckets must be at least 1, got " + maxBuckets);
        }
        Map<String, Limit> parsed = parseLimits(limits == null ? new String[0] : limits, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        parsed.putIfAbsent(RouteGroups.DEFAULT, DEFAULT_LIMIT);
        return new RateLimitSettings(enabled, kind, uri, redisPassword, redisTimeoutMillis, maxBuckets, parsed);
    }

    private static BackendKind parseBackend(String backend, List<String> problems) {
        String b = backend == null ? "" : backend.trim().toLowerCase(Locale.ROOT);
        switch (b) {
            case "memory": return BackendKind.MEMORY;
            case "redis": return BackendKind.REDIS;
            default:
                problems.add("backend must be 'memory' or 'redis', got '" + backend + "'");
                return BackendKind.MEMORY;
        }
    }

    // Never echo the URI back: it may carry the Redis password.
    private static URI parseRedisUri(String redisUri, List<String> problems) {
        try {
            URI uri = new URI(redisUri == null ? "" : redisUri.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean userInfoOk = uri.getUserInfo() == null || uri.getUserInfo().contains(":");
            if ((scheme.equals("redis") || scheme.equals("rediss")) && uri.getHost() != null && userInfoOk) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add("redis.uri must look like redis://host:port[/db] or rediss://host:port[/db],"
                + " user info as user:password or :password (value not shown)");
        return null;
    }

    private static Map<String, Limit> parseLimits(String[] values, List<String> problems) {
        Map<String, Limit> limits = new LinkedHashMap<>();
        for (String value : values) {
            for (String raw : (value == null ? "" : value).split(",")) {
                String entry = raw.trim();
                if (entry.isEmpty()) {
                    continue;
                }
                parseEntry(entry, limits, problems);
            }
        }
        return limits;
    }

    private static void parseEntry(String entry, Map<String, Limit> limits, List<String> problems) {
        Matcher m = ENTRY.matcher(entry.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            problems.add("limits entry '" + entry + "' is not group=capacity/periodSeconds");
            return;
        }
        long capacity = Long.parseLong(m.group(2));
        long period = Long.parseLong(m.group(3));
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            problems.add("limits entry '" + entry + "': capacity must be 1.." + MAX_CAPACITY);
        } else if (period < 1 || period > MAX_PERIOD_SECONDS) {
            problems.add("limits entry '" + entry + "': period must be 1.." + MAX_PERIOD_SECONDS + " seconds");
        } else if (limits.putIfAbsent(m.group(1), new Limit(capacity, period)) != null) {
            problems.add("limits entry '" + entry + "': group '" + m.group(1) + "' is given twice");
        }
    }
}
