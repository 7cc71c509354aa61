package io.custodian.platform.plugins.internal.command;

import static io.custodian.platform.plugins.internal.HostKit.EMAILS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugins.internal.HostKit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginTableTest {

    @TempDir
    Path root;

    private HostKit kit;

    @BeforeEach
    void setUp() throws Exception {
        kit = new HostKit(root);
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void theListShowsStateScopesAndSource() {
        kit.installEmails("1.0.0");

        String table = PluginTable.plugins(kit.lifecycle.list());

        assertEquals(2, table.lines().count());
        String row = table.lines().toList().get(1);
        assertTrue(row.startsWith(EMAILS), row);
        assertTrue(row.contains("STARTED") && row.contains("samples.read") && row.contains("yes"), row);
        assertEquals("No plugins installed\n", PluginTable.plugins(List.of()));
    }

    @Test
    void theSearchShowsTheNewestSupportedVersionAndItsScopes() {
        String table = PluginTable.marketplace(kit.marketplace.listing("email", null));

        String row = table.lines().toList().get(1);
        assertTrue(row.startsWith(EMAILS) && row.contains("2.0.0") && row.contains("samples.read"), row);
    }

    @Test
    void aSummaryMentionsMissingGrants() {
        String summary = PluginTable.summary("installed", kit.installEmails("1.0.0"));

        assertEquals("Plugin emails 1.0.0 installed (state STARTED)\n", summary);
    }
}
