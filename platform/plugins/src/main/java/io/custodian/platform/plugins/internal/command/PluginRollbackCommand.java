package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-rollback <id>}. */
@Service
@Command(scope = "custodian", name = "plugin-rollback", description = "Returns an installed plugin to the version its last upgrade replaced")
public class PluginRollbackCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The plugin id")
    String id;

    @Reference
    private PluginHost host;

    @Override
    public Object execute() {
        PluginView plugin = ShellCaller.run(() -> host.lifecycle().rollback(id));
        System.out.print(PluginTable.summary("rolled back", plugin));
        return null;
    }
}
