package io.custodian.plugin.tools;

import java.io.PrintStream;
import java.util.Set;

/** One sub-command of the tool. */
interface Command {

    /** The word that selects it, for example {@code sign}. */
    String name();

    /** Its synopsis, shown in the usage text. */
    String synopsis();

    /** Options that take a value (names without {@code --}). */
    Set<String> valueOptions();

    /** Options that take none. */
    default Set<String> flagOptions() {
        return Set.of();
    }

    /**
     * Runs the command.
     *
     * @param line the parsed arguments
     * @param out  where results go; errors travel as {@link ToolException}
     * @return the exit code, see {@link ExitCodes}
     */
    int run(CommandLine line, PrintStream out) throws ToolException;
}
