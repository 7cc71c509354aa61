package io.custodian.datasources.internal.command;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.Problems;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.rest.api.Caller;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.karaf.shell.support.ShellUtil;

/**
 * Runs a command's work as the shell's user, so the audit trail names who typed it (origin {@code karaf-shell})
 * rather than {@code system}, and so a source's owner defaults to that user.
 */
final class ShellCaller {

    static final Origin SHELL = new Origin("local", "karaf-shell", "");

    private ShellCaller() {
    }

    static <T> T run(Supplier<T> work) {
        String user = ShellUtil.getCurrentUserName();
        Caller.bind(new Caller(Optional.ofNullable(user).filter(u -> !u.isBlank()), SHELL));
        try {
            return work.get();
        } catch (DataSourceException e) {
            // The same sentence and code the REST API answers with.
            throw Problems.of(e);
        } finally {
            Caller.unbind();
        }
    }
}
