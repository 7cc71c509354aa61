package io.custodian.platform.access.internal.catalog;

import io.custodian.platform.authz.api.PermissionInfo;
import io.custodian.platform.authz.api.PermissionSet;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Every permission of the platform, defined at once so that later groups only register their
 * bundles' sets and the built-in roles can refer to all of them from the first release.
 */
@Component(service = PermissionSet.class)
public class CorePermissions implements PermissionSet {

    private static final List<PermissionInfo> ALL = build();

    @Override
    public List<PermissionInfo> permissions() {
        return ALL;
    }

    private static List<PermissionInfo> build() {
        List<PermissionInfo> p = new ArrayList<>();
        domain(p, "datasource", "data sources",
                "view", "List and read data sources and their connection settings (secrets masked)",
                "create", "Register data sources",
                "edit", "Change data source settings",
                "delete", "Remove data sources",
                "scan", "Start and stop scans of a data source",
                "monitor", "Read scan history, health and freshness of data sources",
                "security", "Manage data source credentials and access settings");
        domain(p, "catalog", "the catalogue",
                "view", "Browse and search catalogue entries",
                "create", "Add catalogue entries",
                "edit", "Edit catalogue entries, descriptions and owners",
                "delete", "Remove catalogue entries",
                "classify", "Apply and remove classifications on catalogue entries",
                "lineage", "Read and edit lineage between catalogue entries");
        domain(p, "scan_logic", "scan logic",
                "view", "Read scan logic (what scans look for and how)",
                "create", "Add scan logic",
                "edit", "Change scan logic",
                "execute", "Run scan logic on demand");
        domain(p, "rule_sets", "rule sets",
                "view", "Read rule sets",
                "create", "Add rule sets",
                "edit", "Change rule sets",
                "delete", "Remove rule sets");
        domain(p, "classification", "classifications",
                "view", "Read classifications and classifier results",
                "create", "Add classifications and classifiers",
                "edit", "Change classifications and classifiers",
                "delete", "Remove classifications and classifiers",
                "train", "Train classifiers",
                "approve", "Approve or reject proposed classifications");
        domain(p, "compliance", "compliance",
                "view", "Read compliance frameworks, controls and status",
                "create", "Add compliance frameworks and controls",
                "edit", "Change compliance frameworks and controls",
                "delete", "Remove compliance frameworks and controls",
                "audit", "Run compliance assessments and collect evidence",
                "approve", "Sign off compliance assessments and exceptions");
        domain(p, "plugin", "plugins",
                "view", "List installed plugins and their settings",
                "install", "Install plugins",
                "upgrade", "Upgrade plugins",
                "uninstall", "Uninstall plugins",
                "configure", "Change plugin settings");
        domain(p, "webhook", "webhooks",
                "view", "List webhooks and their deliveries",
                "create", "Add webhooks",
                "edit", "Change webhooks",
                "delete", "Remove webhooks");
        domain(p, "workflow", "workflows",
                "view", "Read workflows and their runs",
                "create", "Add workflows",
                "edit", "Change workflows",
                "delete", "Remove workflows");
        p.add(new PermissionInfo("audit.view", "Read and export the audit trail"));
        domain(p, "user", "users",
                "view", "List users and read their profiles",
                "create", "Create users",
                "edit", "Change users, reset passwords, enable and disable accounts",
                "delete", "Delete users");
        domain(p, "group", "groups",
                "view", "List groups and their members",
                "create", "Create groups",
                "edit", "Change groups and their members",
                "delete", "Delete groups");
        domain(p, "role", "roles and policies",
                "view", "Read roles, policies, grants, all delegations and explain access decisions",
                "create", "Create roles and policies",
                "edit", "Change roles and policies, revoke any delegation",
                "delete", "Delete roles and policies",
                "grant", "Grant roles to users and groups and revoke grants");
        domain(p, "delegation", "delegations",
                "view", "List the delegations one gave or received",
                "create", "Delegate some of one's own permissions to another user for a bounded time",
                "delete", "Revoke delegations one gave");
        domain(p, "apikey", "API keys",
                "view", "List one's own API keys",
                "create", "Create API keys for oneself",
                "edit", "Change one's own API keys",
                "delete", "Revoke one's own API keys",
                "admin", "List and revoke every user's API keys");
        domain(p, "system", "the platform",
                "view", "Read system information: version, bundles, health details",
                "metrics", "Read metrics",
                "config", "Change platform configuration");
        p.add(new PermissionInfo("session.self", "Use one's own session: log out, read and change one's own account"));
        return List.copyOf(p);
    }

    /** Adds {@code <domain>.<action>} for each (action, description) pair. */
    private static void domain(List<PermissionInfo> into, String domain, String what, String... actionsAndTexts) {
        if (actionsAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("actions and descriptions must pair up for " + what);
        }
        for (int i = 0; i < actionsAndTexts.length; i += 2) {
            into.add(new PermissionInfo(domain + "." + actionsAndTexts[i], actionsAndTexts[i + 1]));
        }
    }
}
