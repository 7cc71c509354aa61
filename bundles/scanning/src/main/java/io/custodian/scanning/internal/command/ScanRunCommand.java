package io.custodian.scanning.internal.command;

import io.custodian.platform.rest.api.CustodianException;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanTrigger;
import io.custodian.scanning.internal.ScanningHost;
import io.custodian.scanning.internal.run.ActiveRunHandle;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:scan-run <definitionId>}: runs a definition now, waits for it and prints its counts. */
@Service
@Command(scope = "custodian", name = "scan-run", description = "Runs a scan definition now and waits for it to end, "
        + "then prints its counts (--no-wait: prints the run id and returns)")
public class ScanRunCommand implements Action {

    @Argument(index = 0, name = "definitionId", required = true, description = "The scan definition's id")
    long definitionId;

    @Option(name = "--no-wait", description = "Return at once; follow the run with custodian:scan-runs")
    boolean noWait;

    @Reference
    private ScanningHost host;

    @Override
    public Object execute() {
        ScanRun run;
        try {
            run = ShellCaller.run(() -> host.runs().start(definitionId, ScanTrigger.SHELL));
        } catch (CustodianException e) {
            System.out.println("Not started: " + e.getMessage());
            return null;
        }
        System.out.println("Started scan run " + run.id() + " of definition " + definitionId + ".");
        if (noWait) {
            return null;
        }
        System.out.print(RunTable.run(awaitEnd(run)));
        return null;
    }

    private ScanRun awaitEnd(ScanRun run) {
        Optional<ActiveRunHandle> active = host.runs().active(run.id());
        if (active.isEmpty()) {
            return host.runs().get(run.id());
        }
        try {
            return active.get().finished().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.out.println("No longer waiting; the run goes on (custodian:scan-runs shows it).");
            return active.get().view();
        } catch (ExecutionException e) {
            return host.runs().get(run.id());
        }
    }
}
