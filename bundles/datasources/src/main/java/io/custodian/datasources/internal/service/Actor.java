package io.custodian.datasources.internal.service;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.rest.api.Caller;

/**
 * Who does something, for audit records, events and the default owner of a new source.
 *
 * @param name   the actor as the audit trail names it: a user, {@code apikey:<id>@<user>} or {@code system}
 * @param user   the user behind it, the default owner of what it creates ({@code system} for the platform)
 * @param origin where the call came from
 */
public record Actor(String name, String user, Origin origin) {

    /** The platform itself (first start, scheduled checks, other bundles). */
    public static final Actor SYSTEM = new Actor("system", "system", Origin.SYSTEM);

    /** The caller bound to this thread by the REST runtime or a shell command, else the platform. */
    public static Actor current() {
        Caller caller = Caller.current();
        return caller.user().map(user -> new Actor(caller.actor(), user, caller.origin())).orElse(SYSTEM);
    }
}
