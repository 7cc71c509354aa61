package io.custodian.platform.plugin.runtime;

import io.custodian.plugin.api.CatalogReader;
import io.custodian.plugin.api.CatalogWriter;
import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.PluginException;
import io.custodian.plugin.api.PluginLog;
import io.custodian.plugin.api.SampleReader;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.ScopeDeniedException;
import io.custodian.platform.plugin.runtime.internal.CappedSampleReader;
import io.custodian.platform.plugin.runtime.internal.Slf4jPluginLog;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PluginContext} the host gives a started plugin: it hands out catalog and sample access only for the
 * scopes an administrator granted. A denied access throws {@link ScopeDeniedException} and tells the
 * {@link ScopeDenialListener} (which audits it); a granted access to a service the platform does not run throws a
 * {@link PluginException} saying the catalog is not installed. Sample reads are capped at
 * {@link #MAX_SAMPLE_VALUES} values. Thread-safe and immutable.
 */
public final class ScopedPluginContext implements PluginContext {

    /** The most sampled values one {@link SampleReader#values} call returns, whatever the plugin asks for. */
    public static final int MAX_SAMPLE_VALUES = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(ScopedPluginContext.class);

    private final String pluginId;
    private final String pluginVersion;
    private final Set<Scope> granted;
    private final Map<String, String> configuration;
    private final PlatformServices services;
    private final ScopeDenialListener denials;
    private final PluginLog log;

    /**
     * A context for one started plugin.
     *
     * @param pluginId      the plugin's id from its manifest
     * @param pluginVersion the plugin's version from its manifest
     * @param granted       the scopes an administrator granted
     * @param configuration the plugin's validated configuration; {@code null} for none
     * @param services      the platform services the host offers
     * @param denials       told about each refused access
     * @param log           the plugin's log, or {@code null} for SLF4J lines prefixed with the plugin id
     */
    public ScopedPluginContext(String pluginId, String pluginVersion, Set<Scope> granted, Map<String, String> configuration,
                               PlatformServices services, ScopeDenialListener denials, PluginLog log) {
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
        this.pluginVersion = Objects.requireNonNull(pluginVersion, "pluginVersion");
        Objects.requireNonNull(granted, "granted");
        this.granted = granted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(granted));
        this.configuration = Map.copyOf(configuration == null ? Map.of() : configuration);
        this.services = Objects.requireNonNull(services, "services");
        this.denials = Objects.requireNonNull(denials, "denials");
        this.log = log != null ? log : new Slf4jPluginLog(pluginId);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public String pluginVersion() {
        return pluginVersion;
    }

    /** Unmodifiable. */
    @Override
    public Map<String, String> configuration() {
        return configuration;
    }

    /** Unmodifiable. */
    @Override
    public Set<Scope> grantedScopes() {
        return granted;
    }

    @Override
    public CatalogReader catalog() {
        require(Scope.CATALOG_READ, "catalog");
        CatalogReader reader = services.catalogReader().orElseThrow(ScopedPluginContext::catalogMissing);
        // A fresh lambda, so the plugin never holds (or casts to) the host's implementation.
        return reader::find;
    }

    @Override
    public CatalogWriter catalogWriter() {
        require(Scope.CATALOG_WRITE, "catalogWriter");
        CatalogWriter writer = services.catalogWriter().orElseThrow(ScopedPluginContext::catalogMissing);
        return new CatalogWriter() {
            @Override
            public void addTag(String qualifiedName, String tag) {
                writer.addTag(qualifiedName, tag);
            }

            @Override
            public void describe(String qualifiedName, String description) {
                writer.describe(qualifiedName, description);
            }
        };
    }

    @Override
    public SampleReader samples() {
        require(Scope.SAMPLES_READ, "samples");
        SampleReader reader = services.sampleReader()
                .orElseThrow(() -> new PluginException("sampled values are not available: the catalog is not installed"));
        return new CappedSampleReader(reader, MAX_SAMPLE_VALUES);
    }

    @Override
    public PluginLog log() {
        return log;
    }

    private void require(Scope scope, String operation) {
        if (granted.contains(scope)) {
            return;
        }
        try {
            denials.denied(pluginId, scope, operation);
        } catch (RuntimeException e) {
            LOG.warn("Recording the scope denial of plugin {} ({}, {}) failed", pluginId, scope, operation, e);
        }
        throw new ScopeDeniedException(pluginId, scope);
    }

    private static PluginException catalogMissing() {
        return new PluginException("the catalog is not installed");
    }

    @Override
    public String toString() {
        return "ScopedPluginContext[" + pluginId + " " + pluginVersion + ", granted=" + granted + "]";
    }
}
