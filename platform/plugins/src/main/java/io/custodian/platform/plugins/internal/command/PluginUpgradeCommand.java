package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-upgrade [--grant scope,...] <id> [version]}: replaces an installed plugin's version. */
@Service
@Command(scope = "custodian", name = "plugin-upgrade", description = "Upgrades an installed plugin from the "
        + "marketplaces (to the newest supported version unless one is given); --grant must list scopes the new "
        + "version requests that are not granted yet. The replaced version is kept for plugin-rollback")
public class PluginUpgradeCommand extends PluginIdCommand {

    @Argument(index = 1, name = "version", description = "The version; the newest one this platform supports if absent")
    String version;

    @Option(name = "--grant", aliases = "-g", description = "Additional scopes to grant, comma separated")
    String grant;

    @Override
    String act(PluginHost host) {
        return PluginTable.summary("upgraded", host.marketplace().upgrade(id, version, scopeIds(grant)));
    }
}
