package io.custodian.platform.access.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the access bundle, PID {@code io.custodian.platform.access}. */
@ObjectClassDefinition(name = "Custodian access control",
        description = "Time zone of time-of-day conditions and how often expiries are audited")
public @interface AccessConfig {

    /** Configuration PID, the bundle's root package. */
    String PID = "io.custodian.platform.access";

    @AttributeDefinition(description = "Zone in which conditions read request.time and request.day, "
            + "for example UTC or Europe/Berlin")
    String zone() default "UTC";

    @AttributeDefinition(description = "Seconds between checks that audit expired grants, policies and "
            + "delegations. Decisions never wait for this: expiry takes effect at once.", min = "1")
    long expiry_check_seconds() default 30;
}
