package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:plugin-rollback <id>}. */
@Service
@Command(scope = "custodian", name = "plugin-rollback", description = "Returns an installed plugin to the version its last upgrade replaced")
public class PluginRollbackCommand extends PluginIdCommand {

    @Override
    String act(PluginHost host) {
        return PluginTable.summary("rolled back", host.lifecycle().rollback(id));
    }
}
