package io.custodian.platform.ratelimit.api;

import java.util.Locale;

/** Maps REST request paths to the route groups that rate limits are configured for. */
public final class RouteGroups {

    /** The group of paths without a group segment, and of groups without a limit of their own. */
    public static final String DEFAULT = "default";

    private static final String API_PREFIX = "api/v1/";

    private RouteGroups() {
    }

    /**
     * The route group of a request path: its first segment below {@code /api/v1}, in lower case.
     * Accepts the full path ({@code /api/v1/security/users} gives {@code security}) or the path
     * relative to {@code /api/v1} as JAX-RS reports it ({@code security/users} gives
     * {@code security}). A query string is ignored.
     *
     * @param path the request path; may be null
     * @return the group, {@value #DEFAULT} when the path is null, empty or {@code /api/v1} itself
     */
    public static String fromPath(String path) {
        if (path == null) {
            return DEFAULT;
        }
        String p = path;
        int query = p.indexOf('?');
        if (query >= 0) {
            p = p.substring(0, query);
        }
        p = stripLeadingSlashes(p);
        if (p.equals("api/v1")) {
            return DEFAULT;
        }
        if (p.startsWith(API_PREFIX)) {
            p = stripLeadingSlashes(p.substring(API_PREFIX.length()));
        }
        int slash = p.indexOf('/');
        String segment = slash >= 0 ? p.substring(0, slash) : p;
        return segment.isBlank() ? DEFAULT : segment.toLowerCase(Locale.ROOT);
    }

    private static String stripLeadingSlashes(String p) {
        int i = 0;
        while (i < p.length() && p.charAt(i) == '/') {
            i++;
        }
        return p.substring(i);
    }
}
