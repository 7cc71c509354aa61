package io.custodian.platform.authz.api;

/** Who a policy or a role grant is attached to. */
public enum PrincipalType {
    USER,
    GROUP,
    ROLE
}
