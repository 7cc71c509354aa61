package io.custodian.platform.persistence.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.custodian.platform.persistence.api.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Hashtable;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the pooled kernel DataSource once the driver for the configured URL is available and
 * registers it (as {@code javax.sql.DataSource} with {@code osgi.jndi.service.name=custodian})
 * together with the {@link Database} facade. Driver bundles register {@link DataSourceFactory}
 * services; the one whose {@code osgi.jdbc.driver.class} matches the URL is used.
 */
@Component(immediate = true, configurationPid = "io.custodian.platform.persistence",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DatabaseConfig.class)
public class KernelDataSource {

    private static final Logger LOG = LoggerFactory.getLogger(KernelDataSource.class);

    private final Map<String, DataSourceFactory> factories = new ConcurrentHashMap<>();
    private BundleContext context;
    private DatabaseConfig config;
    private JdbcDriver driver;
    private HikariDataSource pool;
    private ServiceRegistration<?> dataSourceRegistration;
    private ServiceRegistration<Database> databaseRegistration;

    @Activate
    synchronized void activate(BundleContext context, DatabaseConfig config) {
        this.context = context;
        this.config = config;
        this.driver = JdbcDriver.forUrl(config.url()).orElse(null);
        if (driver == null) {
            LOG.error("Unsupported database URL {}: use jdbc:h2: or jdbc:postgresql:", SafeUrl.of(config.url()));
            return;
        }
        openIfReady();
    }

    @Deactivate
    synchronized void deactivate() {
        close();
        context = null;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bindDataSourceFactory(DataSourceFactory factory, Map<String, Object> properties) {
        Object driverClass = properties.get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS);
        if (driverClass != null) {
            factories.put(driverClass.toString(), factory);
            openIfReady();
        }
    }

    synchronized void unbindDataSourceFactory(DataSourceFactory factory, Map<String, Object> properties) {
        Object driverClass = properties.get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS);
        if (driverClass != null && factories.remove(driverClass.toString(), factory)
                && driver != null && driver.driverClass().equals(driverClass)) {
            LOG.warn("JDBC driver {} went away; closing the kernel database", driverClass);
            close();
        }
    }

    private void openIfReady() {
        if (context == null || driver == null || pool != null) {
            return;
        }
        DataSourceFactory factory = factories.get(driver.driverClass());
        if (factory == null) {
            LOG.info("Waiting for JDBC driver {}", driver.driverClass());
            return;
        }
        try {
            pool = new HikariDataSource(poolConfig(factory));
        } catch (RuntimeException | SQLException | IOException e) {
            LOG.error("Cannot open the kernel database at {}: {}", SafeUrl.of(config.url()), e.getMessage());
            pool = null;
            return;
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("osgi.jndi.service.name", Database.JNDI_NAME);
        props.put("custodian.database.vendor", driver.vendorKey());
        dataSourceRegistration = context.registerService(DataSource.class, pool, props);
        databaseRegistration = context.registerService(Database.class,
                new PooledDatabase(pool, SafeUrl.of(config.url())), props);
        LOG.info("Kernel database open: {} ({})", SafeUrl.of(config.url()), driver.vendorKey());
    }

    private HikariConfig poolConfig(DataSourceFactory factory) throws SQLException, IOException {
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, config.url());
        props.setProperty(DataSourceFactory.JDBC_USER, config.user());
        props.setProperty(DataSourceFactory.JDBC_PASSWORD, password());
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("custodian");
        hikari.setDataSource(factory.createDataSource(props));
        hikari.setMaximumPoolSize(config.pool_maxSize());
        hikari.setMinimumIdle(Math.min(config.pool_minIdle(), config.pool_maxSize()));
        hikari.setConnectionTimeout(config.pool_connectionTimeoutMs());
        // Fail fast at start rather than handing out a pool that cannot connect.
        hikari.setInitializationFailTimeout(config.pool_connectionTimeoutMs());
        return hikari;
    }

    private String password() throws IOException {
        if (!config.password().isEmpty() || driver != JdbcDriver.H2) {
            return config.password();
        }
        String data = System.getProperty("karaf.data", "data");
        return EmbeddedDatabaseSecret.readOrCreate(Path.of(data, "custodian", "db.secret"));
    }

    private void close() {
        unregister(databaseRegistration);
        unregister(dataSourceRegistration);
        databaseRegistration = null;
        dataSourceRegistration = null;
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    private static void unregister(ServiceRegistration<?> registration) {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // The framework unregisters services of a stopping bundle itself.
            }
        }
    }
}
