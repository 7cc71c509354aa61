package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-start <id>}. */
@Service
@Command(scope = "custodian", name = "plugin-start", description = "Starts a stopped plugin; its requested scopes must be granted")
public class PluginStartCommand extends PluginIdCommand {

    @Override
    String act(PluginHost host) {
        return PluginTable.summary("started", host.lifecycle().start(id));
    }
}
