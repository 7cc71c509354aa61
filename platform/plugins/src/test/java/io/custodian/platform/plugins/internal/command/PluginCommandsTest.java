package io.custodian.platform.plugins.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugins.internal.PluginHost;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.junit.jupiter.api.Test;

/**
 * The commands that act on one plugin id share {@link PluginIdCommand}; Karaf must still see each as a command
 * taking the id first. Checked the way Karaf 4.4 reads them: {@code @Service} and {@code @Command} on the class
 * itself, {@code @Argument} and {@code @Reference} fields anywhere up the class hierarchy, argument indexes
 * 0..n-1 without gaps or repeats.
 */
class PluginCommandsTest {

    private static final List<Class<? extends PluginIdCommand>> ID_COMMANDS = List.of(PluginStartCommand.class,
            PluginStopCommand.class, PluginRollbackCommand.class, PluginUninstallCommand.class, PluginGrantCommand.class,
            PluginInstallCommand.class, PluginUpgradeCommand.class);

    @Test
    void everyIdCommandIsRegisteredByKarafWithTheIdAsItsFirstRequiredArgument() {
        for (Class<? extends PluginIdCommand> command : ID_COMMANDS) {
            assertNotNull(command.getAnnotation(Service.class), command + " carries @Service");
            Command shell = command.getAnnotation(Command.class);
            assertNotNull(shell, command + " carries @Command");
            assertEquals("custodian", shell.scope());
            assertTrue(shell.name().startsWith("plugin-"), shell.name());

            Map<Integer, Argument> arguments = argumentsByIndex(command);
            assertEquals(List.copyOf(arguments.keySet()), indexesUpTo(arguments.size()), command + " argument indexes");
            assertEquals("id", arguments.get(0).name());
            assertTrue(arguments.get(0).required(), command + " requires the id");
            assertEquals(1, hostReferences(command), command + " gets the plugin host injected once");
        }
    }

    @Test
    void commandsWithASecondArgumentKeepItTheirOwn() {
        assertEquals("scopes", argumentsByIndex(PluginGrantCommand.class).get(1).name());
        assertEquals("version", argumentsByIndex(PluginInstallCommand.class).get(1).name());
        assertEquals("version", argumentsByIndex(PluginUpgradeCommand.class).get(1).name());
        assertEquals(1, argumentsByIndex(PluginStopCommand.class).size());
    }

    @Test
    void typedScopeListsBecomeScopeIds() {
        assertEquals(List.of("catalog.read", "samples.read"), PluginIdCommand.scopeIds("samples.read, catalog.read"));
        assertEquals(List.of(), PluginIdCommand.scopeIds(null));
    }

    private static Map<Integer, Argument> argumentsByIndex(Class<?> command) {
        Map<Integer, Argument> arguments = new TreeMap<>();
        for (Class<?> type = command; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Argument argument = field.getAnnotation(Argument.class);
                if (argument != null) {
                    Argument before = arguments.put(argument.index(), argument);
                    assertEquals(null, before, command + " repeats argument index " + argument.index());
                }
            }
        }
        return arguments;
    }

    private static long hostReferences(Class<?> command) {
        long count = 0;
        for (Class<?> type = command; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Reference.class) && field.getType() == PluginHost.class) {
                    count++;
                }
            }
        }
        return count;
    }

    private static List<Integer> indexesUpTo(int size) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        return indexes;
    }
}
