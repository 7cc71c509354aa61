package io.custodian.platform.health.internal.command;

import io.custodian.platform.health.api.BundleHealth;
import io.custodian.platform.health.api.HealthReport;
import io.custodian.platform.health.api.HealthService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:status}: the same facts as {@code GET /api/v1/health}. */
@Service
@Command(scope = "custodian", name = "status", description = "Shows the health of Custodian: database, event bus and bundles")
public class StatusCommand implements Action {

    @Reference
    private HealthService health;

    @Override
    public Object execute() {
        HealthReport report = health.report();
        StringBuilder out = new StringBuilder();
        out.append("Custodian: ").append(report.status()).append("  (checked ").append(report.checkedAt()).append(")\n");
        out.append("Components:\n");
        report.components().forEach((name, check) -> out.append(String.format("  %-10s %-8s %s %s%n",
                name, check.status(), check.detail(), check.data())));
        out.append("Bundles:\n");
        for (BundleHealth bundle : report.bundles()) {
            out.append(String.format("  %-40s %-16s %s%n", bundle.symbolicName(), bundle.version(), bundle.state()));
        }
        System.out.print(out);
        return null;
    }
}
