package io.custodian.datasources.internal.command;

import io.custodian.datasources.internal.DataSourceManager;
import io.custodian.datasources.internal.service.Actor;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:datasource-remove <id>}: removes a source with its secrets and health history. */
@Service
@Command(scope = "custodian", name = "datasource-remove", description = "Removes a data source with its secrets "
        + "and health history")
public class DataSourceRemoveCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The data source id")
    long id;

    @Reference
    private DataSourceManager manager;

    @Override
    public Object execute() {
        System.out.print(ShellCaller.run(() -> {
            String name = manager.parts().registry().delete(id, Actor.current()).name();
            return "Data source " + id + " (" + name + ") removed\n";
        }));
        return null;
    }
}
