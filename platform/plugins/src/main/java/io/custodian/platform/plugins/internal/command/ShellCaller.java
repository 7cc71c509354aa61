package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.rest.api.Caller;
import java.util.function.Supplier;
import org.apache.karaf.shell.support.ShellUtil;

/**
 * Runs a command's work as the shell's user, so the audit trail names who typed it (origin
 * {@code karaf-shell}) rather than {@code system}.
 */
final class ShellCaller {

    private ShellCaller() {
    }

    static <T> T run(Supplier<T> work) {
        return Caller.callAs(Caller.shell(ShellUtil.getCurrentUserName()), work);
    }
}
