package io.custodian.platform.security.internal.command;

import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.security.internal.admin.UserAdministration;
import io.custodian.platform.security.internal.admin.UserRequests;
import java.util.Map;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code custodian:user-create <name>}: a local user with a temporary password, like {@code POST /security/users}. */
@Service
@Command(scope = "custodian", name = "user-create",
        description = "Creates a local user; asks for a temporary password the user must change at first login")
public class UserCreateCommand implements Action {

    @Argument(index = 0, name = "username", required = true, description = "The new user's name")
    private String username;

    @Option(name = "--display-name", description = "Name shown in the console")
    private String displayName;

    @Option(name = "--email", description = "E-mail address")
    private String email;

    @Reference
    private UserAdministration users;

    @Reference
    private Session session;

    @Override
    public Object execute() throws Exception {
        Optional<char[]> password = ConsolePassword.ask(session, "Temporary password");
        if (password.isEmpty()) {
            System.err.println("The passwords differ; nothing was created.");
            return null;
        }
        try {
            ConsolePassword.asConsole(session, () -> users.create(
                    new UserRequests.Create(username, password.get(), displayName, email, Map.of())));
            System.out.println("Created user '" + username + "'. Grant a role with POST /api/v1/security/grants.");
        } catch (CustodianException e) {
            System.err.println(e.getMessage());
        } finally {
            ConsolePassword.wipe(password.get());
        }
        return null;
    }
}
