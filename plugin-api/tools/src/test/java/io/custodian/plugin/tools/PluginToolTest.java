package io.custodian.plugin.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PluginToolTest {

    @Test
    void printsUsageWithEveryCommandOnHelp() {
        ToolRun run = ToolRun.of("--help");

        assertEquals(0, run.exitCode());
        for (String command : new String[] {"keygen", "sign", "index", "verify"}) {
            assertTrue(run.out().contains("\n  " + command + " --"), run.out());
        }
    }

    @Test
    void withoutArgumentsPrintsUsageAndFails() {
        ToolRun run = ToolRun.of();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("usage: java -jar custodian-plugin-tools.jar"), run.err());
    }

    @Test
    void namesAnUnknownCommand() {
        ToolRun run = ToolRun.of("publish");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: unknown command 'publish'"), run.err());
    }

    @Test
    void refusesAnUnknownOptionInsteadOfIgnoringIt() {
        ToolRun run = ToolRun.of("keygen", "--out", "x", "--publisher", "acme", "--algorithm", "rsa");

        assertEquals(2, run.exitCode());
        assertEquals("error: keygen: unknown option --algorithm", run.err().strip());
    }
}
