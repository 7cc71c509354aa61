package io.custodian.datasources.internal;

import io.custodian.datasources.internal.crypto.MasterKeyFiles;
import io.custodian.datasources.internal.crypto.MasterKeySource;
import io.custodian.datasources.internal.crypto.SecretCipher;
import io.custodian.datasources.internal.secrets.SecretReferences;
import io.custodian.datasources.internal.secrets.SecretVault;
import io.custodian.datasources.internal.service.Connectors;
import io.custodian.datasources.internal.service.HealthMonitor;
import io.custodian.datasources.internal.service.HealthRecorder;
import io.custodian.datasources.internal.service.KeyRecovery;
import io.custodian.datasources.internal.service.KeyRotation;
import io.custodian.datasources.internal.service.SourceAudit;
import io.custodian.datasources.internal.service.SourceConnections;
import io.custodian.datasources.internal.service.SourceEvents;
import io.custodian.datasources.internal.service.SourceRegistry;
import io.custodian.datasources.internal.store.DataSourceStore;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.events.api.EventBus;
import io.custodian.platform.plugins.api.PluginRegistry;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The group's working parts, wired once the store is migrated: the master key loaded (or created) and any
 * interrupted rotation recovered before the first secret is touched.
 *
 * @param store       the sources' tables
 * @param registry    registering, changing, removing
 * @param connections opening, testing, types
 * @param rotation    master key rotation
 * @param monitor     scheduled health checks (not yet scheduled)
 * @param vault       secrets in and out
 * @param keyFolder   the folder of the master key file
 * @param environment the process environment
 */
public record DataSourceParts(DataSourceStore store, SourceRegistry registry, SourceConnections connections,
                              KeyRotation rotation, HealthMonitor monitor, SecretVault vault, Path keyFolder,
                              Function<String, String> environment) {

    /**
     * Loads the keys, recovers, and wires everything.
     *
     * @param bus         the event bus now, or {@code null}
     * @param keyFolder   where {@code master.key} lives ({@code ${karaf.data}/custodian})
     * @param environment the process environment ({@code System::getenv})
     * @throws IllegalStateException if the master key cannot be loaded
     */
    public static DataSourceParts start(DataSourceStore store, PluginRegistry plugins, AuditService auditService,
                                        Supplier<EventBus> bus, DataSourceSettings settings, Path keyFolder,
                                        Function<String, String> environment, Clock clock) {
        SecureRandom random = new SecureRandom();
        MasterKeyFiles files = new MasterKeyFiles(keyFolder);
        MasterKeySource.Loaded loaded = MasterKeySource.load(environment, files, random);
        SecretVault vault = new SecretVault(new SecretCipher(random), loaded.ring(),
                references(settings, keyFolder, environment));
        SourceAudit audit = new SourceAudit(auditService);
        SourceEvents events = new SourceEvents(bus);
        KeyRecovery.recover(loaded, files, store, vault, audit, clock);
        Connectors connectors = new Connectors(plugins);
        HealthRecorder recorder = new HealthRecorder(store, audit, events, clock);
        SourceConnections connections = new SourceConnections(store, connectors, vault, recorder, audit);
        return new DataSourceParts(store, new SourceRegistry(store, connectors, vault, audit, events, clock),
                connections, new KeyRotation(store, vault, files, loaded.external(), audit, random, clock),
                new HealthMonitor(store, connections), vault, keyFolder, environment);
    }

    /** Applies changed settings: what secrets may reference, and the health check interval. */
    public void reconfigure(DataSourceSettings settings) {
        vault.references(references(settings, keyFolder, environment));
        monitor.schedule(settings.healthInterval());
    }

    private static SecretReferences references(DataSourceSettings settings, Path keyFolder,
                                               Function<String, String> environment) {
        return new SecretReferences(settings.secretEnvNames(), settings.secretFileFolders(), keyFolder, environment);
    }
}
