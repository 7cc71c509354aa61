package io.custodian.datasources.internal.command;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.Problems;
import io.custodian.platform.rest.api.Caller;
import java.util.function.Supplier;
import org.apache.karaf.shell.support.ShellUtil;

/**
 * Runs a command's work as the shell's user, so the audit trail names who typed it (origin {@code karaf-shell})
 * rather than {@code system}, and so a source's owner defaults to that user.
 */
final class ShellCaller {

    private ShellCaller() {
    }

    static <T> T run(Supplier<T> work) {
        return Caller.callAs(Caller.shell(ShellUtil.getCurrentUserName()), () -> {
            try {
                return work.get();
            } catch (DataSourceException e) {
                // The same sentence and code the REST API answers with.
                throw Problems.of(e);
            }
        });
    }
}
