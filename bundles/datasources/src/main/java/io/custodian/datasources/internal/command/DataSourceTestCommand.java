package io.custodian.datasources.internal.command;

import io.custodian.datasources.internal.DataSourceManager;
import io.custodian.datasources.internal.service.Actor;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:datasource-test <id>}: tests a source's connection now and records it as its health. */
@Service
@Command(scope = "custodian", name = "datasource-test", description = "Tests the connection of a data source now, "
        + "prints the diagnosis and records it as the source's health")
public class DataSourceTestCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The data source id")
    long id;

    @Reference
    private DataSourceManager manager;

    @Override
    public Object execute() {
        System.out.print(ShellCaller.run(() -> SourceTable.outcome(id,
                manager.parts().connections().test(id, Actor.current()))));
        return null;
    }
}
