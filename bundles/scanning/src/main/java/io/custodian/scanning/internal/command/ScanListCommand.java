package io.custodian.scanning.internal.command;

import io.custodian.scanning.internal.ScanningHost;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:scan-list}: every scan definition with its source, level, schedule and scope. */
@Service
@Command(scope = "custodian", name = "scan-list", description = "Lists scan definitions with their source, level, "
        + "concurrency, schedule and scope")
public class ScanListCommand implements Action {

    @Reference
    private ScanningHost host;

    @Override
    public Object execute() {
        System.out.print(RunTable.definitions(host.definitions().list()));
        return null;
    }
}
