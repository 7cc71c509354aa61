package io.custodian.platform.rest.api;

import io.custodian.platform.audit.api.Origin;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who is calling the current request and from where, as established by the runtime's
 * authentication filter. Resources use it to name the actor in audit records and events.
 *
 * @param user     the authenticated user name (for an API key: its owner), empty for public endpoints
 * @param origin   client address, user agent and correlation id
 * @param apiKeyId the API key the caller presented, or {@code null}
 * @param apiKeyScopes the scopes of that key as permission patterns ({@code datasource.scan:42}, {@code catalog.*}),
 *                 which narrow what its owner may do; {@code null} when no key was used. A resource that decides
 *                 access to one object itself (beyond the route's permission) must pass them on, so a key never
 *                 reaches further than its scopes.
 */
public record Caller(Optional<String> user, Origin origin, String apiKeyId, Set<String> apiKeyScopes) {

    /** Copies the scopes. */
    public Caller {
        apiKeyScopes = apiKeyScopes == null ? null : Set.copyOf(apiKeyScopes);
    }

    /** A caller who did not use an API key. */
    public Caller(Optional<String> user, Origin origin) {
        this(user, origin, null, null);
    }

    /** A caller with an API key whose scopes are not known here (they are then not narrowed further). */
    public Caller(Optional<String> user, Origin origin, String apiKeyId) {
        this(user, origin, apiKeyId, null);
    }

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    /**
     * The caller of the request being served on this thread. Outside a request: an anonymous
     * caller with {@link Origin#SYSTEM}.
     */
    public static Caller current() {
        Caller caller = CURRENT.get();
        return caller != null ? caller : new Caller(Optional.empty(), Origin.SYSTEM);
    }

    /** The actor name for audit records: the user, {@code apikey:<id>@<owner>}, or {@code anonymous}. */
    public String actor() {
        String name = user.orElse("anonymous");
        return apiKeyId == null ? name : "apikey:" + apiKeyId + "@" + name;
    }

    /** A shell user (a blank or missing name: anonymous) with {@link Origin#SHELL}. */
    public static Caller shell(String user) {
        return new Caller(Optional.ofNullable(user).filter(name -> !name.isBlank()), Origin.SHELL);
    }

    /**
     * Runs {@code work} as {@code caller} on this thread and puts the previous caller back afterwards: for work done
     * for someone outside a REST request, such as a shell command, so audit records and events name who asked.
     */
    public static <T> T callAs(Caller caller, Supplier<T> work) {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Binds the caller to this thread. Only the REST runtime calls this. */
    public static void bind(Caller caller) {
        CURRENT.set(caller);
    }

    /** Removes the binding at the end of a request. Only the REST runtime calls this. */
    public static void unbind() {
        CURRENT.remove();
    }
}
