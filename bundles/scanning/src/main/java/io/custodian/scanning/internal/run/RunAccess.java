package io.custodian.scanning.internal.run;

import io.custodian.datasources.api.DataSource;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.scanning.internal.ScanningErrorCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The resource check behind starting and cancelling a scan: besides the route's {@code scan_logic.execute}, the
 * caller must hold {@code datasource.scan:<source id>}, decided by the live access model with the source's owner,
 * tags, type and name as resource attributes, so policy conditions over {@code resource.*} apply. A caller with an
 * API key is decided on its owner's rights narrowed by the key's scopes, so a key scoped to one source cannot scan
 * another. Refusals are audited.
 */
public final class RunAccess {

    private final AccessDecider decider;
    private final AuditService audit;

    public RunAccess(AccessDecider decider, AuditService audit) {
        this.decider = decider;
        this.audit = audit;
    }

    /**
     * @param action what the caller wanted, for the audit trail ({@code start}, {@code cancel})
     * @throws CustodianException {@link ScanningErrorCode#SCAN_NOT_ALLOWED} when the caller may not scan the source
     */
    void requireScan(Caller caller, DataSource source, String action, String resource) {
        Permission permission = Permission.parse("datasource.scan:" + source.id());
        Set<PermissionPattern> scopes = caller.apiKeyScopes() == null ? null
                : caller.apiKeyScopes().stream().map(PermissionPattern::parse).collect(Collectors.toUnmodifiableSet());
        boolean allowed = caller.user().map(user -> decider.decide(user, permission, resourceOf(source),
                caller.origin().clientIp(), scopes).allowed()).orElse(false);
        if (!allowed) {
            audit.record(new AuditEvent(caller.actor(), "scan.run_denied", resource, Outcome.DENIED, caller.origin(),
                    Map.of("action", action, "permission", permission.toString())));
            throw new CustodianException(ScanningErrorCode.SCAN_NOT_ALLOWED,
                    "Scanning the data source " + source.id() + " needs the permission " + permission + ".");
        }
    }

    private static ResourceRef resourceOf(DataSource source) {
        Map<String, Object> attributes = new HashMap<>();
        if (source.owner() != null) {
            attributes.put("owner", source.owner());
        }
        attributes.put("tags", source.tags());
        attributes.put("type", source.type());
        attributes.put("name", source.name());
        return new ResourceRef(Long.toString(source.id()), attributes);
    }
}
