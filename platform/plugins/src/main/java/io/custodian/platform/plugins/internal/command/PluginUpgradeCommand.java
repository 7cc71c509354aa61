package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import io.custodian.platform.plugins.internal.lifecycle.ScopeGrants;
import io.custodian.plugin.api.Scope;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-upgrade <id> [version] --grant scope,...}: replaces an installed plugin's version. */
@Service
@Command(scope = "custodian", name = "plugin-upgrade", description = "Upgrades an installed plugin from the "
        + "marketplaces (to the newest supported version unless one is given); --grant must list scopes the new "
        + "version requests that are not granted yet. The replaced version is kept for plugin-rollback")
public class PluginUpgradeCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The plugin id")
    String id;

    @Argument(index = 1, name = "version", description = "The version; the newest one this platform supports if absent")
    String version;

    @Option(name = "--grant", aliases = "-g", description = "Additional scopes to grant, comma separated")
    String grant;

    @Reference
    private PluginHost host;

    @Override
    public Object execute() {
        PluginView upgraded = ShellCaller.run(() -> host.marketplace().upgrade(id, version,
                ScopeGrants.parse(grant).stream().map(Scope::id).toList()));
        System.out.print(PluginTable.summary("upgraded", upgraded));
        return null;
    }
}
