package io.custodian.scanning.internal.store;

import io.custodian.scanning.api.ScanRun;
import java.util.List;

/**
 * One page of runs, newest first.
 *
 * @param items the runs
 * @param next  pass as {@code after} for the next page; {@code null} on the last page
 */
public record RunPage(List<ScanRun> items, String next) {

    public RunPage {
        items = List.copyOf(items);
    }
}
