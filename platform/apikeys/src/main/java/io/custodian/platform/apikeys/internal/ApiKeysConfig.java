package io.custodian.platform.apikeys.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the API keys bundle, PID {@code io.custodian.platform.apikeys}. */
@ObjectClassDefinition(name = "Custodian API keys",
        description = "Lifetime rules for new API keys and how long other nodes' changes may take to be seen")
public @interface ApiKeysConfig {

    /** Configuration PID, the bundle's root package. */
    String PID = "io.custodian.platform.apikeys";

    @AttributeDefinition(description = "Longest lifetime of a new key in days; expiresAt may be at most this far "
            + "ahead. 0 means no maximum.", min = "0")
    int max_lifetime_days() default 365;

    @AttributeDefinition(description = "Whether every new key must have an expiresAt")
    boolean require_expiry() default false;

    @AttributeDefinition(description = "Seconds a verified key stays in the in-memory cache. Changes made on this "
            + "node take effect at once; changes made on another node (a revocation) within this time.",
            min = "1")
    int cache_ttl_seconds() default 30;
}
