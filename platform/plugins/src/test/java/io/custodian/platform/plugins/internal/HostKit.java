package io.custodian.platform.plugins.internal;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.plugin.packaging.MarketplaceSources;
import io.custodian.platform.plugin.runtime.PlatformServices;
import io.custodian.platform.plugins.internal.activation.PluginActivations;
import io.custodian.platform.plugins.internal.files.PluginFiles;
import io.custodian.platform.plugins.internal.fixtures.EmailClassifierV1;
import io.custodian.platform.plugins.internal.fixtures.EmailClassifierV2;
import io.custodian.platform.plugins.internal.lifecycle.DeployPickup;
import io.custodian.platform.plugins.internal.lifecycle.HostParts;
import io.custodian.platform.plugins.internal.lifecycle.PluginAudit;
import io.custodian.platform.plugins.internal.lifecycle.PluginLifecycle;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import io.custodian.platform.plugins.internal.lifecycle.Reconciler;
import io.custodian.platform.plugins.internal.lifecycle.UpgradeRight;
import io.custodian.platform.plugins.internal.marketplace.MarketplaceService;
import io.custodian.platform.plugins.internal.store.PluginStore;
import io.custodian.platform.plugins.internal.testing.FakeFramework;
import io.custodian.platform.plugins.internal.testing.TestJars;
import io.custodian.platform.plugins.internal.testing.TestMarketplace;
import io.custodian.platform.plugins.internal.upload.PluginUploads;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.testkit.JpaTestDatabase;
import io.custodian.platform.testkit.MutableClock;
import io.custodian.plugin.api.PluginKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the bundle wires together in OSGi, built by hand: a fresh H2 database, a recording audit
 * trail, a marketplace folder with a trusted publisher, and {@link FakeFramework} in place of the
 * OSGi framework. The caller is {@code admin} unless a test says otherwise.
 *
 * <p>The marketplace offers {@value #EMAILS} in 1.0.0, 2.0.0 and 3.0.0 (3.0.0 for platform 1.x
 * only, so never chosen by default); each requests {@code samples.read}.
 */
public final class HostKit implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-02-01T10:00:00Z");
    public static final Origin ORIGIN = new Origin("192.0.2.9", "test", "corr-9");
    public static final String EMAILS = "emails";
    public static final String SAMPLES = "samples.read";

    public final Path root;
    public final JpaTestDatabase db;
    public final MutableClock clock = new MutableClock(START);
    public final RecordingAuditService audit = new RecordingAuditService();
    public final TestMarketplace market;
    public final PluginStore store;
    public final PluginFiles files;
    public volatile PluginSettings settings;
    public PluginActivations activations;
    public FakeFramework framework;
    public HostParts parts;
    public PluginLifecycle lifecycle;
    public DeployPickup pickup;
    public Reconciler reconciler;
    public MarketplaceService marketplace;
    public PluginUploads uploads;
    public HostRegistry registry;

    public HostKit(Path root) throws Exception {
        this.root = root;
        db = JpaTestDatabase.h2(PluginStore.PERSISTENCE_UNIT, "db/migration/" + PluginStore.UNIT);
        market = new TestMarketplace(root.resolve("market"));
        store = new PluginStore(db.emf());
        files = new PluginFiles(root.resolve("data/custodian/plugins"));
        settings = new PluginSettings(List.of(market.folder().toString()), market.trusted(), 5_000_000L,
                Duration.ofSeconds(5));
        publishEmails();
        boot();
        as("admin");
    }

    /**
     * Builds the host anew on the same database and plugin folder, with an empty framework: what a
     * restart after the bundle cache was lost looks like. Call {@link #reconciler} next.
     */
    public void boot() {
        if (activations != null) {
            activations.close();
        }
        activations = new PluginActivations(store::find, () -> settings.callLimits(), clock, audit,
                PlatformServices::none);
        framework = new FakeFramework(activations);
        parts = new HostParts(store, files, framework, activations, new PluginAudit(audit), () -> settings.verifier(),
                clock);
        lifecycle = new PluginLifecycle(parts);
        pickup = new DeployPickup(parts);
        reconciler = new Reconciler(parts);
        Path incoming = root.resolve("data/custodian/plugin-incoming");
        marketplace = new MarketplaceService(() -> settings, MarketplaceSources::of, lifecycle, incoming);
        uploads = new PluginUploads(() -> settings, lifecycle, incoming);
        registry = new HostRegistry(store, activations);
    }

    private void publishEmails() {
        market.publish(TestJars.plugin(EMAILS).version("1.0.0").scopes(SAMPLES)
                .extension(PluginKind.CLASSIFIER, EmailClassifierV1.class), EMAILS, "1.0.0", TestJars.SUPPORTED, SAMPLES);
        market.publish(TestJars.plugin(EMAILS).version("2.0.0").scopes(SAMPLES)
                .extension(PluginKind.CLASSIFIER, EmailClassifierV2.class), EMAILS, "2.0.0", TestJars.SUPPORTED, SAMPLES);
        market.publish(TestJars.plugin(EMAILS).version("3.0.0").platform(">=1.0.0").scopes(SAMPLES)
                .extension(PluginKind.CLASSIFIER, EmailClassifierV2.class), EMAILS, "3.0.0", ">=1.0.0", SAMPLES);
    }

    /** Makes {@code user} the caller of what follows on this thread. */
    public HostKit as(String user) {
        Caller.bind(new Caller(Optional.of(user), ORIGIN));
        return this;
    }

    /** Installs {@value #EMAILS} at {@code version} from the marketplace, granting samples.read. */
    public PluginView installEmails(String version) {
        return marketplace.install(EMAILS, version, List.of(SAMPLES), UpgradeRight.GRANTED);
    }

    /** The display name of the one running classifier, through its guarded wrapper. */
    public String runningClassifier() {
        return registry.classifiers().stream().map(c -> c.describe().displayName()).reduce((a, b) -> a + "," + b)
                .orElse("none");
    }

    @Override
    public void close() throws Exception {
        Caller.unbind();
        activations.close();
        db.close();
    }
}
