package io.custodian.datasources.internal.command;

import io.custodian.datasources.internal.service.TestOutcome;
import io.custodian.datasources.internal.store.StoredSource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the data source commands print. */
final class SourceTable {

    private static final String ROW = "%-6s %-24s %-12s %-8s %-16s %-20s %s%n";

    private SourceTable() {
    }

    static String sources(List<StoredSource> sources) {
        if (sources.isEmpty()) {
            return "No data sources registered\n";
        }
        StringBuilder out = new StringBuilder(String.format(ROW, "ID", "NAME", "TYPE", "HEALTH", "DIAGNOSIS", "OWNER",
                "SETTINGS"));
        for (StoredSource source : sources) {
            String diagnosis = source.health().diagnosis();
            out.append(String.format(ROW, source.id(), source.name(), source.type(), source.health().status(),
                    diagnosis == null ? "-" : diagnosis, source.fields().owner(), settings(source)));
        }
        return out.toString();
    }

    static String outcome(long id, TestOutcome outcome) {
        StringBuilder out = new StringBuilder();
        out.append("Data source ").append(id).append(": ").append(outcome.ok() ? "OK" : outcome.code())
                .append(" (").append(outcome.elapsedMs()).append(" ms)\n  ").append(outcome.sentence()).append('\n');
        if (!outcome.detail().isBlank()) {
            out.append("  ").append(outcome.detail()).append('\n');
        }
        return out.toString();
    }

    static String added(StoredSource source) {
        return "Data source " + source.id() + " (" + source.name() + ", " + source.type() + ") registered"
                + (source.secrets().isEmpty() ? "" : " with secrets " + String.join(",", source.sortedSecrets().keySet()))
                + "\n";
    }

    /** The non-secret settings; secrets are shown by name only. */
    private static String settings(StoredSource source) {
        Map<String, String> shown = new TreeMap<>(source.fields().settings());
        source.secrets().keySet().forEach(name -> shown.put(name, "(secret)"));
        StringBuilder text = new StringBuilder();
        shown.forEach((name, value) -> text.append(text.length() == 0 ? "" : " ").append(name).append('=').append(value));
        return text.toString();
    }
}
