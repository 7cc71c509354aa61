package io.custodian.platform.plugin.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.CatalogAsset;
import io.custodian.plugin.api.CatalogReader;
import io.custodian.plugin.api.CatalogWriter;
import io.custodian.plugin.api.PluginException;
import io.custodian.plugin.api.SampleReader;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.ScopeDeniedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScopedPluginContextTest {

    private static final String COLUMN = "postgres://db:5432/sales.public.customers.email";

    private final List<String> denials = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> requestedMax = new ArrayList<>();
    private final List<String> writes = new ArrayList<>();

    private final CatalogReader reader = name -> Optional.of(new CatalogAsset(name, "table", Map.of(), List.of("PII")));
    private final CatalogWriter writer = new CatalogWriter() {
        @Override
        public void addTag(String qualifiedName, String tag) {
            writes.add("tag " + qualifiedName + " " + tag);
        }

        @Override
        public void describe(String qualifiedName, String description) {
            writes.add("describe " + qualifiedName + " " + description);
        }
    };
    private final SampleReader samples = (column, max) -> {
        requestedMax.add(max);
        // A careless host reader that returns more than asked for.
        return IntStream.range(0, max + 10).mapToObj(i -> "v" + i).collect(Collectors.toList());
    };

    private ScopedPluginContext context(Set<Scope> granted, PlatformServices services) {
        return new ScopedPluginContext("acme", "1.2.0", granted, Map.of("region", "eu"), services,
                (plugin, scope, operation) -> denials.add(plugin + "/" + scope.id() + "/" + operation), null);
    }

    private PlatformServices all() {
        return PlatformServices.of(reader, writer, samples);
    }

    @Test
    void describesThePlugin() {
        ScopedPluginContext context = context(Set.of(Scope.SAMPLES_READ), all());

        assertEquals("acme", context.pluginId());
        assertEquals("1.2.0", context.pluginVersion());
        assertEquals(Set.of(Scope.SAMPLES_READ), context.grantedScopes());
        assertTrue(context.isGranted(Scope.SAMPLES_READ));
        assertFalse(context.isGranted(Scope.CATALOG_READ));
        assertEquals(Map.of("region", "eu"), context.configuration());
    }

    @Test
    void configurationAndScopesCannotBeChangedByThePlugin() {
        Map<String, String> configuration = new HashMap<>(Map.of("region", "eu"));
        ScopedPluginContext context = new ScopedPluginContext("acme", "1.0.0", Set.of(Scope.CATALOG_READ), configuration,
                all(), ScopeDenialListener.none(), null);
        configuration.put("region", "us");

        assertEquals("eu", context.configuration().get("region"));
        assertThrows(UnsupportedOperationException.class, () -> context.configuration().put("region", "us"));
        assertThrows(UnsupportedOperationException.class, () -> context.grantedScopes().add(Scope.CATALOG_WRITE));
    }

    @Test
    void refusesEachAccessWithoutItsScopeAndTellsTheListener() {
        ScopedPluginContext context = context(Set.of(), all());

        ScopeDeniedException samplesDenied = assertThrows(ScopeDeniedException.class, context::samples);
        ScopeDeniedException readDenied = assertThrows(ScopeDeniedException.class, context::catalog);
        ScopeDeniedException writeDenied = assertThrows(ScopeDeniedException.class, context::catalogWriter);

        assertEquals(Scope.SAMPLES_READ, samplesDenied.scope());
        assertEquals("plugin acme was not granted the scope samples.read", samplesDenied.getMessage());
        assertEquals(Scope.CATALOG_READ, readDenied.scope());
        assertEquals(Scope.CATALOG_WRITE, writeDenied.scope());
        assertEquals(List.of("acme/samples.read/samples", "acme/catalog.read/catalog", "acme/catalog.write/catalogWriter"),
                denials);
        assertTrue(requestedMax.isEmpty(), "the host's sample reader was never reached");
    }

    @Test
    void aFailingListenerDoesNotTurnADenialIntoAnotherError() {
        ScopedPluginContext context = new ScopedPluginContext("acme", "1.0.0", Set.of(), Map.of(), all(),
                (plugin, scope, operation) -> {
                    throw new IllegalStateException("audit down");
                }, null);

        assertThrows(ScopeDeniedException.class, context::samples);
    }

    @Test
    void grantedAccessReachesTheHostServices() {
        ScopedPluginContext context = context(Set.of(Scope.CATALOG_READ, Scope.CATALOG_WRITE), all());

        assertEquals(List.of("PII"), context.catalog().find("sales.customers").orElseThrow().tags());
        context.catalogWriter().addTag("sales.customers", "Gold");
        context.catalogWriter().describe("sales.customers", "Customers");

        assertEquals(List.of("tag sales.customers Gold", "describe sales.customers Customers"), writes);
        assertFalse(context.catalog() == reader, "the plugin never holds the host's own object");
        assertTrue(denials.isEmpty());
    }

    @Test
    void grantedButMissingServicesSayTheCatalogIsNotInstalled() {
        ScopedPluginContext context = context(Set.of(Scope.values()), PlatformServices.none());

        assertEquals("the catalog is not installed", assertThrows(PluginException.class, context::catalog).getMessage());
        assertEquals("the catalog is not installed", assertThrows(PluginException.class, context::catalogWriter).getMessage());
        assertEquals("sampled values are not available: the catalog is not installed",
                assertThrows(PluginException.class, context::samples).getMessage());
        assertFalse(assertThrows(PluginException.class, context::samples) instanceof ScopeDeniedException);
        assertTrue(denials.isEmpty());
    }

    @Test
    void sampleReadsAreCappedAtOneThousand() {
        ScopedPluginContext context = context(Set.of(Scope.SAMPLES_READ), all());

        List<String> values = context.samples().values(COLUMN, 1_000_000);

        assertEquals(ScopedPluginContext.MAX_SAMPLE_VALUES, values.size());
        assertEquals(List.of(1_000), requestedMax);
        assertEquals(5, context.samples().values(COLUMN, 5).size(), "a reader returning too much is cut to what was asked");
        assertEquals(List.of(), context.samples().values(COLUMN, 0));
        assertThrows(UnsupportedOperationException.class, () -> values.add("x"));
    }

    @Test
    void aPluginLogIsAlwaysAvailable() {
        ScopedPluginContext context = context(Set.of(), all());

        context.log().info("line one\nforged line");
        context.log().error("failed", null);

        assertTrue(denials.isEmpty(), "logging needs no scope");
    }

    @Test
    void rejectsMissingIdentity() {
        assertThrows(NullPointerException.class, () -> new ScopedPluginContext(null, "1.0.0", Set.of(), Map.of(),
                PlatformServices.none(), ScopeDenialListener.none(), null));
    }
}
