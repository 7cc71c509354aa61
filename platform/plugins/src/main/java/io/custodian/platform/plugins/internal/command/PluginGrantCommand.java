package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-grant <id> <scope,...>}: lets a plugin from the deploy folder run. */
@Service
@Command(scope = "custodian", name = "plugin-grant", description = "Grants the scopes a plugin requests (all of "
        + "them, comma separated); a plugin awaiting its grant starts")
public class PluginGrantCommand extends PluginIdCommand {

    @Argument(index = 1, name = "scopes", description = "Scopes to grant, comma separated; none for a plugin "
            + "that requests none")
    String scopes;

    @Override
    String act(PluginHost host) {
        return PluginTable.summary("granted", host.lifecycle().grant(id, scopeIds(scopes)));
    }
}
