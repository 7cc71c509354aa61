package io.custodian.platform.rest.api;

import io.custodian.platform.audit.api.Origin;
import java.util.Optional;

/**
 * Who is calling the current request and from where, as established by the runtime's
 * authentication filter. Resources use it to name the actor in audit records and events.
 *
 * @param user   the authenticated user name, empty for public endpoints
 * @param origin client address, user agent and correlation id
 */
public record Caller(Optional<String> user, Origin origin) {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    /**
     * The caller of the request being served on this thread. Outside a request: an anonymous
     * caller with {@link Origin#SYSTEM}.
     */
    public static Caller current() {
        Caller caller = CURRENT.get();
        return caller != null ? caller : new Caller(Optional.empty(), Origin.SYSTEM);
    }

    /** The actor name for audit records: the user, or {@code anonymous}. */
    public String actor() {
        return user.orElse("anonymous");
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
