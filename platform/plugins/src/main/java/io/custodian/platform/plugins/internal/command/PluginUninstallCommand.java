package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-uninstall <id>}. */
@Service
@Command(scope = "custodian", name = "plugin-uninstall", description = "Uninstalls a plugin and deletes its kept "
        + "jars; a plugin from the deploy folder has its file there deleted too")
public class PluginUninstallCommand extends PluginIdCommand {

    @Override
    String act(PluginHost host) {
        host.lifecycle().uninstall(id);
        return "Plugin " + id + " uninstalled\n";
    }
}
