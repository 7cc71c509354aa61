package io.custodian.scanning.internal.command;

import io.custodian.scanning.internal.ScanningHost;
import io.custodian.scanning.internal.store.RunQuery;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:scan-runs}: the newest scan runs with their status and counts. */
@Service
@Command(scope = "custodian", name = "scan-runs", description = "Lists the newest scan runs with their status and counts")
public class ScanRunsCommand implements Action {

    @Option(name = "--definition", description = "Only runs of this scan definition")
    Long definitionId;

    @Option(name = "--source", description = "Only runs of this data source")
    Long sourceId;

    @Option(name = "--limit", description = "At most this many runs (1-500, default 20)")
    int limit = 20;

    @Reference
    private ScanningHost host;

    @Override
    public Object execute() {
        int size = Math.max(1, Math.min(RunQuery.MAX_LIMIT, limit));
        System.out.print(RunTable.runs(host.runs().page(new RunQuery(definitionId, sourceId, null, null, size)).items()));
        return null;
    }
}
