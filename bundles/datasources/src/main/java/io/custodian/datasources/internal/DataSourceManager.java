package io.custodian.datasources.internal;

import io.custodian.datasources.api.DataSource;
import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.api.DataSourceService;
import io.custodian.datasources.api.NewDataSource;
import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.service.Actor;
import io.custodian.datasources.internal.service.SourceDraft;
import io.custodian.datasources.internal.service.TestOutcome;
import io.custodian.datasources.internal.store.DataSourceStore;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.events.api.EventBus;
import io.custodian.platform.persistence.api.SchemaMigrator;
import io.custodian.platform.plugins.api.PluginRegistry;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data sources group: offers {@link DataSourceService} to other groups and its parts to this bundle's REST
 * resources and commands. On activation it migrates its tables, loads (or on the first start creates) the master
 * key, finishes any interrupted key rotation and schedules the health checks. The event bus is optional: without
 * it nothing is announced, everything else works.
 */
@Component(service = {DataSourceService.class, DataSourceManager.class}, immediate = true,
        configurationPid = DataSourcesConfig.PID)
@Designate(ocd = DataSourcesConfig.class)
public class DataSourceManager implements DataSourceService {

    private static final Logger LOG = LoggerFactory.getLogger(DataSourceManager.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventBus bus;

    private final DataSourceParts parts;

    @Activate
    public DataSourceManager(BundleContext context, @Reference SchemaMigrator migrator,
                             @Reference(target = "(osgi.unit.name=" + DataSourceStore.PERSISTENCE_UNIT + ")")
                             EntityManagerFactory emf,
                             @Reference PluginRegistry plugins, @Reference AuditService audit, DataSourcesConfig config) {
        DataSourceSettings settings = settings(config);
        migrator.migrate(context.getBundle(), DataSourceStore.UNIT);
        parts = DataSourceParts.start(new DataSourceStore(emf), plugins, audit, () -> bus, settings,
                keyFolder(context), System::getenv, Clock.systemUTC());
        parts.reconfigure(settings);
    }

    /** For tests: the parts, already wired. */
    DataSourceManager(DataSourceParts parts) {
        this.parts = parts;
    }

    @Modified
    void modified(DataSourcesConfig config) {
        try {
            parts.reconfigure(DataSourceSettings.from(config, DataSourceSettings::karafProperties));
        } catch (IllegalArgumentException e) {
            LOG.error("The configuration {} is invalid and was not applied: {}", DataSourcesConfig.PID, e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        parts.monitor().close();
    }

    /** The working parts, for this bundle's REST resources and commands. */
    public DataSourceParts parts() {
        return parts;
    }

    @Override
    public Optional<DataSource> find(long id) {
        return parts.store().find(id).map(StoredSource::toApi);
    }

    @Override
    public List<DataSource> list() {
        return parts.store().list().stream().map(StoredSource::toApi).toList();
    }

    @Override
    public DataSource register(NewDataSource source) {
        Map<String, SecretInput> secrets = new LinkedHashMap<>();
        source.secrets().forEach((name, value) -> secrets.put(name, SecretInput.literal(value)));
        SourceDraft draft = new SourceDraft(source.name(), source.type(), new LinkedHashMap<>(source.settings()), secrets,
                source.owner(), source.tags(), source.description());
        try {
            return parts.registry().create(draft, false, Actor.SYSTEM).toApi();
        } catch (CustodianException e) {
            String code = e.errorCode().code();
            if (code.equals(DataSourceErrorCode.UNKNOWN_TYPE.code())
                    || code.equals(DataSourceErrorCode.CONNECTOR_UNAVAILABLE.code())) {
                throw new DataSourceException(DataSourceException.Reason.NO_CONNECTOR, e.getMessage());
            }
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public ConnectorSession open(long id) {
        return parts.connections().open(id);
    }

    @Override
    public Set<ConnectorCapability> capabilities(long id) {
        return parts.connections().capabilities(id);
    }

    @Override
    public ConnectionTestResult test(long id) {
        TestOutcome outcome = parts.connections().test(id, Actor.current());
        return new ConnectionTestResult(outcome.diagnosis(), outcome.message(), Duration.ofMillis(outcome.elapsedMs()));
    }

    /**
     * The settings of a configuration. A malformed secret reference setting must not take the group (and the scans
     * that need it) down: it is logged, and until it is fixed no file reference is readable and environment
     * references follow the default pattern.
     */
    private static DataSourceSettings settings(DataSourcesConfig config) {
        try {
            return DataSourceSettings.from(config, DataSourceSettings::karafProperties);
        } catch (IllegalArgumentException e) {
            LOG.error("The configuration {} is invalid ({}); file references are refused until it is fixed",
                    DataSourcesConfig.PID, e.getMessage());
            return DataSourceSettings.restrictive(config);
        }
    }

    /** {@code ${karaf.data}/custodian}, or the bundle's data area outside Karaf. */
    private static Path keyFolder(BundleContext context) {
        String karafData = System.getProperty("karaf.data");
        if (karafData != null) {
            return Path.of(karafData, "custodian");
        }
        return context.getDataFile("custodian").toPath();
    }
}
