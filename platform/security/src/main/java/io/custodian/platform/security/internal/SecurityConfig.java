package io.custodian.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the security bundle, PID {@code io.custodian.platform.security}. */
@ObjectClassDefinition(name = "Custodian security", description = "Sessions and login lockout")
public @interface SecurityConfig {

    @AttributeDefinition(description = "Lifetime of a login session in minutes (default 8 hours)", min = "1")
    long session_ttl_minutes() default 480;

    @AttributeDefinition(description = "Consecutive failed logins that lock an account", min = "1")
    int lockout_threshold() default 5;

    @AttributeDefinition(description = "How long a locked account stays locked, in seconds", min = "1")
    long lockout_duration_seconds() default 300;
}
