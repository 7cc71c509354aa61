package io.custodian.platform.access.internal.store;

import io.custodian.platform.access.internal.entity.DelegationEntity;
import io.custodian.platform.access.internal.entity.PolicyEntity;
import io.custodian.platform.access.internal.entity.RoleEntity;
import io.custodian.platform.access.internal.entity.RoleGrantEntity;
import io.custodian.platform.authz.api.Delegation;
import io.custodian.platform.authz.api.Effect;
import io.custodian.platform.authz.api.Policy;
import io.custodian.platform.authz.api.PrincipalRef;
import io.custodian.platform.authz.api.Role;
import io.custodian.platform.authz.api.RoleGrant;
import io.custodian.platform.authz.api.Validity;

/** Stored rows to the values of the access model. */
public final class ModelMapping {

    private ModelMapping() {
    }

    public static Role role(RoleEntity e) {
        return new Role(e.getName(), e.getDescription(), e.getParents(), e.isBuiltIn());
    }

    public static Policy policy(PolicyEntity e) {
        return new Policy(e.getId(), e.getName(), Effect.valueOf(e.getEffect()), PrincipalRef.parse(e.getPrincipal()),
                PatternText.parse(e.getPermissions()), e.getCondition(),
                new Validity(e.getValidFrom(), e.getValidUntil()));
    }

    public static RoleGrant grant(RoleGrantEntity e) {
        return new RoleGrant(e.getId(), PrincipalRef.parse(e.getPrincipal()), e.getRole(),
                new Validity(e.getValidFrom(), e.getValidUntil()));
    }

    public static Delegation delegation(DelegationEntity e) {
        return new Delegation(e.getId(), e.getDelegator(), e.getDelegate(), PatternText.parse(e.getPermissions()),
                new Validity(e.getValidFrom(), e.getValidUntil()));
    }
}
