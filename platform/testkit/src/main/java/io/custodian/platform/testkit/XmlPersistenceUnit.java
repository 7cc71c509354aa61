package io.custodian.platform.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.ClassTransformer;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A persistence unit as a {@code META-INF/persistence.xml} declares it (provider, classes, mapping
 * files, {@code exclude-unlisted-classes}, properties), handed to the provider the way a container
 * such as Aries JPA hands it: resource-local, on a data source the container chose. Here that is
 * the test's database instead of the OSGi service the XML names.
 */
record XmlPersistenceUnit(String name, String provider, List<String> classes, List<String> mappingFiles,
                          boolean excludeUnlisted, Properties properties, String schemaVersion, URL root,
                          ClassLoader loader, DataSource dataSource) implements PersistenceUnitInfo {

    private static final String XML = "META-INF/persistence.xml";

    /**
     * The unit called {@code unit} in the first {@code META-INF/persistence.xml} on the class path
     * that declares it (a module's tests see the files of the bundles it depends on as well).
     *
     * @throws IllegalStateException if no such file declares the unit
     */
    static XmlPersistenceUnit find(String unit, ClassLoader loader, DataSource dataSource) {
        try {
            for (URL xml : Collections.list(loader.getResources(XML))) {
                Element root = parse(xml);
                NodeList units = root.getElementsByTagName("persistence-unit");
                for (int i = 0; i < units.getLength(); i++) {
                    Element element = (Element) units.item(i);
                    if (unit.equals(element.getAttribute("name"))) {
                        URL unitRoot = new URL(xml.toExternalForm().substring(0,
                                xml.toExternalForm().length() - XML.length()));
                        return of(element, root.getAttribute("version"), unitRoot, loader, dataSource);
                    }
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read " + XML + " for unit " + unit, e);
        }
        throw new IllegalStateException("No " + XML + " on the class path declares the persistence unit " + unit);
    }

    private static Element parse(URL xml) throws IOException, ParserConfigurationException, SAXException {
        try (InputStream in = xml.openStream()) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    private static XmlPersistenceUnit of(Element unit, String version, URL root, ClassLoader loader,
                                         DataSource dataSource) {
        Properties properties = new Properties();
        NodeList propertyNodes = unit.getElementsByTagName("property");
        for (int i = 0; i < propertyNodes.getLength(); i++) {
            Element property = (Element) propertyNodes.item(i);
            properties.setProperty(property.getAttribute("name"), property.getAttribute("value"));
        }
        List<String> provider = texts(unit, "provider");
        List<String> exclude = texts(unit, "exclude-unlisted-classes");
        return new XmlPersistenceUnit(unit.getAttribute("name"),
                provider.isEmpty() ? org.apache.openjpa.persistence.PersistenceProviderImpl.class.getName()
                        : provider.get(0),
                texts(unit, "class"), texts(unit, "mapping-file"),
                // An empty <exclude-unlisted-classes/> means true, as in the JPA schema.
                !exclude.isEmpty() && !exclude.get(0).equals("false"),
                properties, version.isEmpty() ? "2.1" : version, root, loader, dataSource);
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return List.copyOf(texts);
    }

    @Override
    public String getPersistenceUnitName() {
        return name;
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
        return mappingFiles;
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
        // No Bean Validation provider in the kernel; NONE keeps OpenJPA from looking for one.
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return schemaVersion;
    }

    @Override
    public ClassLoader getClassLoader() {
        return loader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // Entities are enhanced at build time (openjpa-maven-plugin), as in the bundle.
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return loader;
    }
}
