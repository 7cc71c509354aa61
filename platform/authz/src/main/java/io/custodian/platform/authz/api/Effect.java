package io.custodian.platform.authz.api;

/** What a policy does when it applies. A matching {@link #DENY} beats any {@link #ALLOW}. */
public enum Effect {
    ALLOW,
    DENY
}
