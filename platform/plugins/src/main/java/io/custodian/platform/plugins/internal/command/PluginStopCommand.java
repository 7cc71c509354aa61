package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-stop <id>}. */
@Service
@Command(scope = "custodian", name = "plugin-stop", description = "Stops a plugin: its extensions are withdrawn at once and it stays stopped across restarts")
public class PluginStopCommand extends PluginIdCommand {

    @Override
    String act(PluginHost host) {
        return PluginTable.summary("stopped", host.lifecycle().stop(id));
    }
}
