package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-list}: every installed plugin with its state, scopes and failures. */
@Service
@Command(scope = "custodian", name = "plugin-list", description = "Lists installed plugins with their version, "
        + "state, requested and granted scopes, failures and source")
public class PluginListCommand implements Action {

    @Reference
    private PluginHost host;

    @Override
    public Object execute() {
        System.out.print(PluginTable.plugins(host.lifecycle().list()));
        return null;
    }
}
