package io.custodian.plugin.tools;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Entry point of {@code java -jar custodian-plugin-tools.jar <command>}: a publisher creates a signing key,
 * signs plugin jars, builds a marketplace folder and checks it the way the platform will. Signatures,
 * manifests and the index are handled by the platform's own packaging code, so what passes here passes
 * on the server.
 */
public final class PluginTool {

    private static final List<Command> COMMANDS =
            List.of(new KeygenCommand(), new SignCommand(), new IndexCommand(), new VerifyCommand());

    private PluginTool() {
    }

    /** Runs the command named by the first argument and exits with its status (see the usage text). */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command.
     *
     * @return 0 on success, 1 when {@code verify} refused an entry, 2 for wrong usage or unusable input,
     *         3 for a fault in the tool
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(usage());
            return ExitCodes.INPUT;
        }
        String name = args[0];
        if (List.of("help", "--help", "-h").contains(name)) {
            out.print(usage());
            return ExitCodes.OK;
        }
        Map<String, Command> byName = COMMANDS.stream().collect(Collectors.toMap(Command::name, Function.identity()));
        Command command = byName.get(name);
        if (command == null) {
            err.println("error: unknown command '" + name + "'");
            err.print(usage());
            return ExitCodes.INPUT;
        }
        try {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            CommandLine line = CommandLine.parse(name, rest, command.valueOptions(), command.flagOptions());
            return command.run(line, out);
        } catch (ToolException e) {
            err.println("error: " + e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            // A bug in the tool, not the user's fault: say so, and keep the class name for the bug report.
            err.println("error: the tool failed unexpectedly (" + e.getClass().getName() + ": " + e.getMessage() + ")");
            return ExitCodes.INTERNAL;
        }
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar custodian-plugin-tools.jar <command> [options]\n\ncommands:\n");
        COMMANDS.forEach(c -> text.append("  ").append(c.name()).append(' ').append(c.synopsis()).append('\n'));
        text.append("\nexit status: 0 success, 1 verify refused an entry, 2 wrong usage or unusable input, 3 tool fault\n");
        return text.toString();
    }
}
