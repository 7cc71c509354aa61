package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import io.custodian.platform.plugins.internal.lifecycle.ScopeGrants;
import io.custodian.plugin.api.Scope;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * A command that acts on the one plugin its first argument names and prints a line saying how it ended. The work
 * runs as the shell's user ({@link ShellCaller}), so the audit trail names who typed it.
 *
 * <p>Why the argument and the host reference can live here: Karaf 4.4 looks for {@code @Argument},
 * {@code @Option} and {@code @Reference} fields up the class hierarchy (DefaultActionPreparator, ManagerImpl and
 * CommandExtension walk {@code getSuperclass()}). {@code @Service} and {@code @Command} stay on each concrete class,
 * which is what Karaf registers; this abstract class carries neither, so Karaf skips it.
 */
abstract class PluginIdCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The plugin id")
    String id;

    @Reference
    private PluginHost host;

    @Override
    public final Object execute() {
        System.out.print(ShellCaller.run(() -> act(host)));
        return null;
    }

    /** Does the command's work on the plugin {@link #id} and returns what to print, ending with a line break. */
    abstract String act(PluginHost host);

    /** The ids of the scopes in a comma separated list typed by the user; none for {@code null}. */
    static List<String> scopeIds(String commaSeparated) {
        return ScopeGrants.parse(commaSeparated).stream().map(Scope::id).toList();
    }
}
