package io.custodian.platform.apikeys.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.apikeys.internal.ApiKeysKit;
import io.custodian.platform.apikeys.internal.service.IssuedApiKey;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyListCommandTest {

    private ApiKeysKit kit;

    @BeforeEach
    void setUp() throws Exception {
        kit = new ApiKeysKit();
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void theListingShowsOwnerPrefixAndScopesButNoSecret() {
        IssuedApiKey key = kit.create("ci", "catalog.view", "datasource.scan:42");
        kit.as("bob").create("nightly", "catalog.view");

        String table = ApiKeyListCommand.describe(kit.keys.list(null, false));
        kit.as("admin");
        String all = ApiKeyListCommand.describe(kit.keys.list(null, true));

        assertEquals(2, table.lines().count());
        assertEquals(3, all.lines().count());
        assertTrue(all.contains(key.prefix()) && all.contains("alice") && all.contains("nightly"));
        assertTrue(all.contains("catalog.view,datasource.scan:42"));
        assertFalse(all.contains(key.key().substring(key.prefix().length())));
    }

    @Test
    void anEmptyListingSaysSo() {
        assertEquals("No API keys\n", ApiKeyListCommand.describe(List.of()));
    }
}
