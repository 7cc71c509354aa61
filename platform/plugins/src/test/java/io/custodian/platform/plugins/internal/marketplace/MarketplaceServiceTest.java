package io.custodian.platform.plugins.internal.marketplace;

import static io.custodian.platform.plugins.internal.HostKit.EMAILS;
import static io.custodian.platform.plugins.internal.HostKit.SAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugins.internal.HostKit;
import io.custodian.platform.plugins.internal.PluginSettings;
import io.custodian.platform.plugins.internal.lifecycle.PluginAudit;
import io.custodian.platform.plugins.internal.testing.Expect;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketplaceServiceTest {

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
    void browsingShowsVersionsScopesSupportAndWhatIsInstalled() {
        MarketplaceEntry before = kit.marketplace.plugin(EMAILS);
        kit.installEmails("1.0.0");

        MarketplaceListing listing = kit.marketplace.listing(null, null);

        assertEquals(listing.plugins(), kit.marketplace.browse(null, null));
        assertNull(before.installedVersion());
        assertEquals(1, listing.plugins().size());
        MarketplaceEntry emails = listing.plugins().get(0);
        assertEquals("1.0.0", emails.installedVersion());
        assertEquals("2.0.0", emails.recommendedVersion());
        assertEquals(List.of("3.0.0", "2.0.0", "1.0.0"), emails.versions().stream()
                .map(MarketplaceEntry.Version::version).toList());
        assertFalse(emails.versions().get(0).supported());
        assertTrue(emails.versions().get(1).supported());
        assertEquals(List.of(SAMPLES), emails.versions().get(1).scopes());
        assertTrue(emails.versions().get(1).signed());
        assertEquals(List.of(new MarketplaceListing.SourceStatus(kit.market.folder().toString(), "Test marketplace",
                true, null, null)), listing.sources());
    }

    @Test
    void searchMatchesTextAndKind() {
        assertEquals(1, kit.marketplace.browse("EMAILS in", "classifier").size());
        assertEquals(0, kit.marketplace.browse("postgres", null).size());
        assertEquals(0, kit.marketplace.browse(null, "connector").size());
        Expect.problem("plugin.invalid_request", 400, () -> kit.marketplace.browse(null, "gadget"));
    }

    @Test
    void anUnreachableMarketplaceIsReportedWithoutHidingTheOthers() {
        kit.settings = new PluginSettings(List.of(root.resolve("nowhere").toString(), kit.market.folder().toString()),
                kit.settings.trusted(), kit.settings.maxJarBytes(), kit.settings.callTimeout());

        List<MarketplaceEntry> plugins = kit.marketplace.browse(null, null);
        List<MarketplaceListing.SourceStatus> sources = kit.marketplace.sources();

        assertEquals(1, plugins.size());
        assertFalse(sources.get(0).available());
        assertEquals("plugin.not_found", sources.get(0).code());
        assertTrue(sources.get(1).available());
    }

    @Test
    void whenNoMarketplaceCanBeReadBrowsingSaysWhy() {
        kit.settings = new PluginSettings(List.of(root.resolve("nowhere").toString()), kit.settings.trusted(),
                kit.settings.maxJarBytes(), kit.settings.callTimeout());

        Expect.problem("plugin.not_found", 404, () -> kit.marketplace.browse(null, null));
    }

    @Test
    void anUnknownPluginIsNotFoundAndTheAttemptAudited() {
        Expect.problem("plugin.not_found", 404, () -> kit.marketplace.plugin("unknown"));
        Expect.problem("plugin.not_found", 404, () -> kit.marketplace.install("unknown", null, List.of(),
                io.custodian.platform.plugins.internal.lifecycle.UpgradeRight.GRANTED));
        Expect.problem("plugin.not_found", 404, () -> kit.marketplace.upgrade(EMAILS, null, List.of(SAMPLES)));

        assertEquals("plugin:unknown", kit.audit.events(PluginAudit.INSTALL).get(0).resource());
        assertEquals("plugin.not_found", kit.audit.last(PluginAudit.INSTALL).details().get("code"));
    }

    @Test
    void upgradeNeedsTheNewVersionsNewScopesOnly() {
        kit.installEmails("1.0.0");

        // samples.read is granted already, so the upgrade needs no grant of its own.
        kit.marketplace.upgrade(EMAILS, "2.0.0", List.of());

        assertEquals("2.0.0", kit.lifecycle.get(EMAILS).version());
        assertEquals(List.of(SAMPLES), kit.lifecycle.get(EMAILS).grantedScopes());
    }
}
