package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-stop <id>}. */
@Service
@Command(scope = "custodian", name = "plugin-stop", description = "Stops a plugin: its extensions are withdrawn at once and it stays stopped across restarts")
public class PluginStopCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The plugin id")
    String id;

    @Reference
    private PluginHost host;

    @Override
    public Object execute() {
        PluginView plugin = ShellCaller.run(() -> host.lifecycle().stop(id));
        System.out.print(PluginTable.summary("stopped", plugin));
        return null;
    }
}
