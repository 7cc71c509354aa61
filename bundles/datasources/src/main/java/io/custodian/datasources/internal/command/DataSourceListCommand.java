package io.custodian.datasources.internal.command;

import io.custodian.datasources.internal.DataSourceManager;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:datasource-list}: every registered source with its health; secrets by name only. */
@Service
@Command(scope = "custodian", name = "datasource-list", description = "Lists registered data sources with their "
        + "type, latest health, owner and settings (secrets by name only)")
public class DataSourceListCommand implements Action {

    @Reference
    private DataSourceManager manager;

    @Override
    public Object execute() {
        System.out.print(SourceTable.sources(manager.parts().store().list()));
        return null;
    }
}
