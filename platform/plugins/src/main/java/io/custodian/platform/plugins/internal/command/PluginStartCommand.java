package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-start <id>}. */
@Service
@Command(scope = "custodian", name = "plugin-start", description = "Starts a stopped plugin; its requested scopes must be granted")
public class PluginStartCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The plugin id")
    String id;

    @Reference
    private PluginHost host;

    @Override
    public Object execute() {
        PluginView plugin = ShellCaller.run(() -> host.lifecycle().start(id));
        System.out.print(PluginTable.summary("started", plugin));
        return null;
    }
}
