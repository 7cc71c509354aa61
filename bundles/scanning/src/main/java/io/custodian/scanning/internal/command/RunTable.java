package io.custodian.scanning.internal.command;

import io.custodian.scanning.api.ScanCounts;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.internal.definition.ScanDefinition;
import java.util.List;

/** Plain-text lines for the scan commands. */
final class RunTable {

    private RunTable() {
    }

    /** One line per run, newest first as given. */
    static String runs(List<ScanRun> runs) {
        if (runs.isEmpty()) {
            return "No scan runs.\n";
        }
        StringBuilder text = new StringBuilder(String.format("%-36s  %-4s  %-6s  %-9s  %-8s  %-20s  %s%n",
                "RUN", "DEF", "SOURCE", "STATUS", "TRIGGER", "QUEUED", "COUNTS"));
        for (ScanRun run : runs) {
            text.append(String.format("%-36s  %-4d  %-6d  %-9s  %-8s  %-20s  %s%n", run.id(), run.definitionId(), run.sourceId(),
                    run.status(), run.trigger(), run.queuedAt(), counts(run.counts())));
        }
        return text.toString();
    }

    /** A run with its counts, timings and message. */
    static String run(ScanRun run) {
        return "Run " + run.id() + ": " + run.status() + (run.status().finished() ? "" : " (" + run.percent() + "%)") + "\n"
                + "  " + counts(run.counts()) + "\n"
                + "  time in the source " + run.sourceMillis() + " ms, total " + run.totalMillis() + " ms\n"
                + (run.message() == null ? "" : "  " + run.message() + "\n");
    }

    /** One line per definition. */
    static String definitions(List<ScanDefinition> definitions) {
        if (definitions.isEmpty()) {
            return "No scan definitions.\n";
        }
        StringBuilder text = new StringBuilder(String.format("%-4s  %-30s  %-6s  %-10s  %-11s  %-20s  %s%n",
                "ID", "NAME", "SOURCE", "LEVEL", "CONCURRENCY", "SCHEDULE", "SCOPE"));
        for (ScanDefinition d : definitions) {
            String scope = (d.include().isEmpty() ? "everything" : "include " + d.include())
                    + (d.exclude().isEmpty() ? "" : " exclude " + d.exclude());
            text.append(String.format("%-4d  %-30s  %-6d  %-10s  %-11d  %-20s  %s%n", d.id(), d.name(), d.sourceId(), d.level(),
                    d.concurrency(), d.cron() == null ? "-" : d.cron(), scope));
        }
        return text.toString();
    }

    static String counts(ScanCounts c) {
        return "containers " + c.containers() + ", assets " + c.assetsSeen() + ", added " + c.added() + ", changed "
                + c.changed() + ", unchanged " + c.unchanged() + ", removed " + c.removed() + ", restored " + c.restored()
                + ", errors " + c.errors();
    }
}
