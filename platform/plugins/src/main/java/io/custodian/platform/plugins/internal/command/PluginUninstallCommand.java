package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-uninstall <id>}. */
@Service
@Command(scope = "custodian", name = "plugin-uninstall", description = "Uninstalls a plugin and deletes its kept "
        + "jars; a plugin from the deploy folder has its file there deleted too")
public class PluginUninstallCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The plugin id")
    String id;

    @Reference
    private PluginHost host;

    @Override
    public Object execute() {
        ShellCaller.run(() -> {
            host.lifecycle().uninstall(id);
            return null;
        });
        System.out.println("Plugin " + id + " uninstalled");
        return null;
    }
}
