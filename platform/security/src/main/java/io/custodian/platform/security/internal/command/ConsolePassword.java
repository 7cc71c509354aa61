package io.custodian.platform.security.internal.command;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.rest.api.Caller;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.karaf.shell.api.console.Session;

/** What the user commands share: asking for a password without echo, and acting as the console. */
final class ConsolePassword {

    private ConsolePassword() {
    }

    /** Asks twice, without echo; empty if the two differ. */
    static Optional<char[]> ask(Session session, String prompt) throws IOException {
        String first = session.readLine(prompt + ": ", '*');
        String second = session.readLine("Again: ", '*');
        if (first == null || !first.equals(second)) {
            return Optional.empty();
        }
        return Optional.of(first.toCharArray());
    }

    /**
     * Runs {@code work} with the audit actor {@code console:<shell user>}: shell commands do
     * not pass the REST runtime, which otherwise names the caller.
     */
    static void asConsole(Session session, Runnable work) {
        Object shellUser = session.get("USER");
        Caller.bind(new Caller(Optional.of("console:" + (shellUser == null ? "karaf" : shellUser)), Origin.SYSTEM));
        try {
            work.run();
        } finally {
            Caller.unbind();
        }
    }

    static void wipe(char[] password) {
        Arrays.fill(password, '\0');
    }
}
