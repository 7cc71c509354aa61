package io.custodian.platform.access.internal.catalog;

import io.custodian.platform.authz.api.PermissionInfo;
import io.custodian.platform.authz.api.PermissionSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every permission registered by a {@link PermissionSet} service, as {@code GET
 * /api/v1/security/permissions} lists it. Sets come and go with their bundles (whiteboard), so
 * the list is computed on each call.
 */
@Component(service = PermissionCatalog.class)
public class PermissionCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(PermissionCatalog.class);

    private final List<PermissionSet> sets = new CopyOnWriteArrayList<>();

    // Dynamic references cannot be constructor-injected: sets arrive and leave while the catalog runs.
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSet(PermissionSet set) {
        sets.add(set);
    }

    void removeSet(PermissionSet set) {
        sets.remove(set);
    }

    /**
     * The permissions of every registered set, sorted by name, each once. When two sets define the
     * same name the first non-empty description wins.
     */
    public List<PermissionInfo> permissions() {
        Map<String, PermissionInfo> byName = new TreeMap<>();
        for (PermissionSet set : sets) {
            List<PermissionInfo> listed;
            try {
                listed = set.permissions();
            } catch (RuntimeException e) {
                // One broken bundle must not hide everyone else's permissions.
                LOG.warn("Permission set {} failed to list its permissions", set.getClass().getName(), e);
                continue;
            }
            for (PermissionInfo info : listed) {
                byName.merge(info.name(), info, (kept, other) -> kept.description().isEmpty() ? other : kept);
            }
        }
        return List.copyOf(byName.values());
    }
}
