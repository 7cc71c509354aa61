package io.custodian.platform.security.internal.command;

import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.security.internal.admin.UserAdministration;
import io.custodian.platform.security.internal.admin.UserRequests;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code custodian:user-reset-password <name>}: sets a temporary password and clears a lockout.
 * The way back in when the only administrator forgot their password.
 */
@Service
@Command(scope = "custodian", name = "user-reset-password",
        description = "Sets a temporary password (the user must change it) and clears a lockout")
public class UserResetPasswordCommand implements Action {

    @Argument(index = 0, name = "username", required = true, description = "The user")
    private String username;

    @Reference
    private UserAdministration users;

    @Reference
    private Session session;

    @Override
    public Object execute() throws Exception {
        Optional<char[]> password = ConsolePassword.ask(session, "Temporary password");
        if (password.isEmpty()) {
            System.err.println("The passwords differ; nothing was changed.");
            return null;
        }
        try {
            ConsolePassword.asConsole(session, () -> users.resetPassword(username,
                    new UserRequests.ResetPassword(password.get())));
            System.out.println("Password of '" + username + "' reset; it must be changed at the next login.");
        } catch (CustodianException e) {
            System.err.println(e.getMessage());
        } finally {
            ConsolePassword.wipe(password.get());
        }
        return null;
    }
}
