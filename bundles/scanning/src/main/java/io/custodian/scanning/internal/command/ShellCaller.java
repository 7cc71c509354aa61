package io.custodian.scanning.internal.command;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.rest.api.Caller;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.karaf.shell.support.ShellUtil;

/** Runs a command's work as the shell's user, so audit records and runs name who typed it (origin {@code karaf-shell}). */
final class ShellCaller {

    static final Origin SHELL = new Origin("local", "karaf-shell", "");

    private ShellCaller() {
    }

    static <T> T run(Supplier<T> work) {
        String user = ShellUtil.getCurrentUserName();
        Caller.bind(new Caller(Optional.ofNullable(user).filter(u -> !u.isBlank()), SHELL));
        try {
            return work.get();
        } finally {
            Caller.unbind();
        }
    }
}
