package io.custodian.scanning.internal.command;

import io.custodian.platform.rest.api.Caller;
import java.util.function.Supplier;
import org.apache.karaf.shell.support.ShellUtil;

/** Runs a command's work as the shell's user, so audit records and runs name who typed it (origin {@code karaf-shell}). */
final class ShellCaller {

    private ShellCaller() {
    }

    static <T> T run(Supplier<T> work) {
        return Caller.callAs(Caller.shell(ShellUtil.getCurrentUserName()), work);
    }
}
