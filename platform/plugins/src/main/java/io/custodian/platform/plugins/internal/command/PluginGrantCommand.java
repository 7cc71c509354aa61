package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import io.custodian.platform.plugins.internal.lifecycle.ScopeGrants;
import io.custodian.plugin.api.Scope;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-grant <id> <scope,...>}: lets a plugin from the deploy folder run. */
@Service
@Command(scope = "custodian", name = "plugin-grant", description = "Grants the scopes a plugin requests (all of "
        + "them, comma separated); a plugin awaiting its grant starts")
public class PluginGrantCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The plugin id")
    String id;

    @Argument(index = 1, name = "scopes", description = "Scopes to grant, comma separated; none for a plugin "
            + "that requests none")
    String scopes;

    @Reference
    private PluginHost host;

    @Override
    public Object execute() {
        PluginView plugin = ShellCaller.run(() -> host.lifecycle().grant(id,
                ScopeGrants.parse(scopes).stream().map(Scope::id).toList()));
        System.out.print(PluginTable.summary("granted", plugin));
        return null;
    }
}
