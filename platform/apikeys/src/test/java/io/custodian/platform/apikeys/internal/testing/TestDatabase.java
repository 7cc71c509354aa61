package io.custodian.platform.apikeys.internal.testing;

import io.custodian.platform.apikeys.internal.store.ApiKeyStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.ClassTransformer;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.openjpa.persistence.PersistenceProviderImpl;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A fresh database with the bundle's migrations applied, and the persistence unit
 * {@value ApiKeyStore#PERSISTENCE_UNIT} bootstrapped through the container SPI as Aries JPA does.
 * {@link #h2()} is an in-memory H2 database; {@link #postgres()} a schema of its own in the local
 * PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}), dropped on close.
 */
public final class TestDatabase implements AutoCloseable {

    /** The scripts of {@code db/migration/apikeys}, in version order; add vendor variants here when there are any. */
    private static final List<String> SCRIPTS = List.of("V1__api_keys.sql");
    private static final String FOLDER = "db/migration/" + ApiKeyStore.UNIT + "/";

    private final DataSource dataSource;
    private final String schema;
    private final Connection keepAlive;
    private final EntityManagerFactory emf;
    private boolean closed;

    private TestDatabase(DataSource dataSource, String schema) throws Exception {
        this.dataSource = dataSource;
        this.schema = schema;
        keepAlive = dataSource.getConnection();
        for (String script : SCRIPTS) {
            try (Statement s = keepAlive.createStatement()) {
                for (String sql : statements(read(FOLDER + script))) {
                    s.execute(sql);
                }
            }
        }
        emf = new PersistenceProviderImpl().createContainerEntityManagerFactory(unitInfo(dataSource), Map.of());
    }

    public static TestDatabase h2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:apikeys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("");
        return new TestDatabase(h2, null);
    }

    public static TestDatabase postgres() throws Exception {
        String schema = "apikeys_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = pg(null).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new TestDatabase(pg(schema), schema);
    }

    private static PGSimpleDataSource pg(String schema) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://127.0.0.1:5432/test");
        pg.setUser("postgres");
        if (schema != null) {
            pg.setCurrentSchema(schema);
        }
        return pg;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** Runs a query directly with JDBC; each row maps lower-case column names to values. */
    public List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = keepAlive.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Runs one statement directly with JDBC, bypassing JPA. */
    public void execute(String sql) throws SQLException {
        try (Statement s = keepAlive.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        emf.close();
        try (Statement s = keepAlive.createStatement()) {
            s.execute(schema == null ? "SHUTDOWN" : "DROP SCHEMA " + schema + " CASCADE");
        }
        keepAlive.close();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = TestDatabase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Statements of a script: split at semicolons, line comments dropped (the scripts have no string literals). */
    private static List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            code.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
        }
        List<String> statements = new ArrayList<>();
        for (String sql : code.toString().split(";")) {
            if (!sql.isBlank()) {
                statements.add(sql.trim());
            }
        }
        return statements;
    }

    /** The unit as META-INF/persistence.xml declares it (classes and properties), on the test's data source. */
    private static UnitInfo unitInfo(DataSource dataSource) throws Exception {
        Document doc;
        try (InputStream in = TestDatabase.class.getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Element unit = (Element) doc.getElementsByTagName("persistence-unit").item(0);
        if (!ApiKeyStore.PERSISTENCE_UNIT.equals(unit.getAttribute("name"))) {
            throw new AssertionError("unexpected unit " + unit.getAttribute("name"));
        }
        List<String> classes = new ArrayList<>();
        NodeList classNodes = unit.getElementsByTagName("class");
        for (int i = 0; i < classNodes.getLength(); i++) {
            classes.add(classNodes.item(i).getTextContent().trim());
        }
        Properties properties = new Properties();
        NodeList propertyNodes = unit.getElementsByTagName("property");
        for (int i = 0; i < propertyNodes.getLength(); i++) {
            Element property = (Element) propertyNodes.item(i);
            properties.setProperty(property.getAttribute("name"), property.getAttribute("value"));
        }
        return new UnitInfo(dataSource, List.copyOf(classes), properties);
    }

    private record UnitInfo(DataSource dataSource, List<String> classes, Properties properties)
            implements PersistenceUnitInfo {

        @Override
        public String getPersistenceUnitName() {
            return ApiKeyStore.PERSISTENCE_UNIT;
        }

        @Override
        public String getPersistenceProviderClassName() {
            return PersistenceProviderImpl.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            URL xml = getClassLoader().getResource("META-INF/persistence.xml");
            try {
                return new URL(xml.toExternalForm().replace("META-INF/persistence.xml", ""));
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<String> getManagedClassNames() {
            return classes;
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.UNSPECIFIED;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return properties;
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "2.1";
        }

        @Override
        public ClassLoader getClassLoader() {
            return TestDatabase.class.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // Entities are enhanced at build time.
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return getClassLoader();
        }
    }
}
