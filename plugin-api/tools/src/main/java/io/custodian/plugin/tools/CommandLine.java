package io.custodian.plugin.tools;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: {@code --name value} (or {@code --name=value}) options, {@code --flag}
 * switches and positional arguments. Options a command does not know are refused, so a typo never
 * silently falls back to a default.
 */
final class CommandLine {

    private final String command;
    private final Map<String, List<String>> values;
    private final Set<String> flags;
    private final List<String> positionals;

    private CommandLine(String command, Map<String, List<String>> values, Set<String> flags, List<String> positionals) {
        this.command = command;
        this.values = values;
        this.flags = flags;
        this.positionals = positionals;
    }

    /**
     * Splits {@code args} into options and positionals.
     *
     * @param command      the command's name, for messages
     * @param valueOptions option names (without {@code --}) that take a value
     * @param flagOptions  option names that take none
     */
    static CommandLine parse(String command, List<String> args, Set<String> valueOptions, Set<String> flagOptions)
            throws ToolException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positionals = new ArrayList<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositionals || !arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            String name = arg.substring(2);
            String inlineValue = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                inlineValue = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flagOptions.contains(name)) {
                if (inlineValue != null) {
                    throw ToolException.input(command + ": --" + name + " takes no value");
                }
                flags.add(name);
            } else if (valueOptions.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw ToolException.input(command + ": --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } else {
                throw ToolException.input(command + ": unknown option --" + name);
            }
        }
        return new CommandLine(command, values, flags, positionals);
    }

    /** The single value of {@code --name}; refuses a missing, blank or repeated one. */
    String required(String name) throws ToolException {
        return optional(name).orElseThrow(() -> ToolException.input(command + ": --" + name + " is required"));
    }

    /** The single value of {@code --name}, if given; refuses a blank or repeated one. */
    Optional<String> optional(String name) throws ToolException {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (given.size() > 1) {
            throw ToolException.input(command + ": --" + name + " is given " + given.size() + " times; give it once");
        }
        String value = given.get(0);
        if (value.isBlank()) {
            throw ToolException.input(command + ": --" + name + " is empty");
        }
        return Optional.of(value);
    }

    /** Every value of a repeatable {@code --name}, in order. */
    List<String> all(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    /** Whether {@code --name} was given. */
    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The arguments that are not options, in order. */
    List<String> positionals() {
        return List.copyOf(positionals);
    }
}
