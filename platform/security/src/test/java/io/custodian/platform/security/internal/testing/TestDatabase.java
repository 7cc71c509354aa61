package io.custodian.platform.security.internal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A fresh H2 in-memory database with the bundle's migrations applied and the bundle's own
 * persistence unit on top, bootstrapped through the container SPI as Aries JPA does (only the
 * data source differs: a plain H2 one instead of the OSGi service).
 */
public final class TestDatabase implements AutoCloseable {

    private static final String UNIT = "custodian-security";

    private final JdbcDataSource dataSource;
    private final Connection keepAlive;
    private final EntityManagerFactory emf;

    public TestDatabase() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:security-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        keepAlive = dataSource.getConnection();
        runScript("db/migration/security/V1__users.sql");
        runScript("db/migration/security/V2__groups_and_attributes.sql");
        emf = new PersistenceProviderImpl().createContainerEntityManagerFactory(unitInfo(), Map.of());
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        emf.close();
        try (Statement s = keepAlive.createStatement()) {
            s.execute("SHUTDOWN");
        }
        keepAlive.close();
    }

    private void runScript(String resource) throws IOException, SQLException {
        String script;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement s = keepAlive.createStatement()) {
            // The script has no semicolons inside literals; strip comments and split.
            for (String sql : script.replaceAll("--[^\\n]*", "").split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
    }

    private PersistenceUnitInfo unitInfo() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        URL xml = loader.getResource("META-INF/persistence.xml");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.openStream());
        Element unit = (Element) doc.getElementsByTagName("persistence-unit").item(0);
        if (!UNIT.equals(unit.getAttribute("name"))) {
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
            Element p = (Element) propertyNodes.item(i);
            properties.setProperty(p.getAttribute("name"), p.getAttribute("value"));
        }
        String provider = unit.getElementsByTagName("provider").item(0).getTextContent().trim();
        boolean excludeUnlisted = Boolean.parseBoolean(
                unit.getElementsByTagName("exclude-unlisted-classes").item(0).getTextContent().trim());
        URL root = new URL(xml.toExternalForm().replace("META-INF/persistence.xml", ""));
        return new UnitInfo(provider, classes, excludeUnlisted, properties, root, loader, dataSource);
    }

    private record UnitInfo(String provider, List<String> classes, boolean excludeUnlisted, Properties properties,
                            URL root, ClassLoader loader, DataSource dataSource) implements PersistenceUnitInfo {
        @Override
        public String getPersistenceUnitName() {
            return UNIT;
        }

        @Override
        public String getPersistenceProviderClassName() {
            return provider;
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
            return root;
        }

        @Override
        public List<String> getManagedClassNames() {
            return classes;
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return excludeUnlisted;
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
            return loader;
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // Entities are enhanced at build time.
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return loader;
        }
    }
}
