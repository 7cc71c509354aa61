package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import io.custodian.platform.plugins.internal.lifecycle.UpgradeRight;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-install [--grant scope,...] <id> [version]} (Karaf reads options before arguments): installs from the marketplaces. */
@Service
@Command(scope = "custodian", name = "plugin-install", description = "Installs a plugin from the configured "
        + "marketplaces after checking its checksum, signature and platform range; --grant must list every scope "
        + "it requests (see marketplace-search)")
public class PluginInstallCommand extends PluginIdCommand {

    @Argument(index = 1, name = "version", description = "The version; the newest one this platform supports if absent")
    String version;

    @Option(name = "--grant", aliases = "-g", description = "Scopes to grant, comma separated, e.g. samples.read")
    String grant;

    @Override
    String act(PluginHost host) {
        return PluginTable.summary("installed", host.marketplace().install(id, version, scopeIds(grant), UpgradeRight.GRANTED));
    }
}
