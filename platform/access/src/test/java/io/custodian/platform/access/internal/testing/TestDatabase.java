package io.custodian.platform.access.internal.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * A fresh database with every script of {@code db/migration/access} applied in version order (the
 * generic ones and those of the vendor, as the kernel's migrator picks them), and the bundle's own
 * persistence unit bootstrapped through the container SPI as Aries JPA does. {@link #TestDatabase()}
 * is an in-memory H2 database; {@link #postgres()} a schema of its own in the local PostgreSQL
 * (127.0.0.1:5432, database {@code test}, user {@code postgres}), dropped on close.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String UNIT = "custodian-access";
    private static final String FOLDER = "db/migration/access";
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__[^.]+(?:\\.(h2|postgresql))?\\.sql");
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final DataSource dataSource;
    private final String schema;
    private final Connection keepAlive;
    private final EntityManagerFactory emf;

    /** An in-memory H2 database. */
    public TestDatabase() throws Exception {
        this("h2", h2DataSource(), null);
    }

    private TestDatabase(String vendor, DataSource dataSource, String schema) throws Exception {
        this.dataSource = dataSource;
        this.schema = schema;
        keepAlive = dataSource.getConnection();
        for (Path script : scripts(vendor)) {
            run(Files.readString(script, StandardCharsets.UTF_8));
        }
        emf = new PersistenceProviderImpl().createContainerEntityManagerFactory(unitInfo(), Map.of());
    }

    /** A schema of its own in the local PostgreSQL. */
    public static TestDatabase postgres() throws Exception {
        String schema = "access_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = pg(null).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new TestDatabase("postgresql", pg(schema), schema);
    }

    private static DataSource h2DataSource() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:access-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("");
        return h2;
    }

    private static PGSimpleDataSource pg(String schema) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(PG_URL);
        pg.setUser("postgres");
        if (schema != null) {
            pg.setCurrentSchema(schema);
        }
        return pg;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** Runs one SQL statement directly, bypassing JPA. */
    public void execute(String sql) throws SQLException {
        try (Statement s = keepAlive.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        emf.close();
        try (Statement s = keepAlive.createStatement()) {
            s.execute(schema == null ? "SHUTDOWN" : "DROP SCHEMA " + schema + " CASCADE");
        }
        keepAlive.close();
    }

    private static List<Path> scripts(String vendor) throws IOException, URISyntaxException {
        URL folder = TestDatabase.class.getClassLoader().getResource(FOLDER);
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<Path> scripts = new ArrayList<>(files.filter(p -> SCRIPT.matcher(name(p)).matches())
                    .filter(p -> vendorOf(p).isEmpty() || vendorOf(p).equals(vendor)).toList());
            // A vendor script replaces the generic one of the same version.
            scripts.removeIf(p -> vendorOf(p).isEmpty()
                    && scripts.stream().anyMatch(o -> !vendorOf(o).isEmpty() && version(o) == version(p)));
            scripts.sort(Comparator.comparingInt(TestDatabase::version));
            return scripts;
        }
    }

    private static String vendorOf(Path p) {
        Matcher m = SCRIPT.matcher(name(p));
        return m.matches() && m.group(2) != null ? m.group(2) : "";
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    private static int version(Path p) {
        Matcher m = SCRIPT.matcher(name(p));
        if (!m.matches()) {
            throw new IllegalArgumentException(name(p));
        }
        return Integer.parseInt(m.group(1));
    }

    private void run(String script) throws SQLException {
        try (Statement s = keepAlive.createStatement()) {
            for (String sql : statements(script)) {
                s.execute(sql);
            }
        }
    }

    /** Splits at semicolons outside string literals and drops line comments, as the kernel's migrator does. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (!quoted && c == '-' && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                current.append('\n');
            } else if (!quoted && c == ';') {
                addIfNotBlank(statements, current);
            } else {
                if (c == '\'') {
                    quoted = !quoted;
                }
                current.append(c);
            }
        }
        addIfNotBlank(statements, current);
        return statements;
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder current) {
        if (!current.toString().isBlank()) {
            statements.add(current.toString().trim());
        }
        current.setLength(0);
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
        URL root = new URL(xml.toExternalForm().replace("META-INF/persistence.xml", ""));
        return new UnitInfo(provider, classes, properties, root, loader, dataSource);
    }

    private record UnitInfo(String provider, List<String> classes, Properties properties, URL root,
                            ClassLoader loader, DataSource dataSource) implements PersistenceUnitInfo {
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
