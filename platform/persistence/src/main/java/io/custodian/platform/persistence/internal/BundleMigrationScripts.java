package io.custodian.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.Bundle;

/** Reads the migration scripts a bundle ships under {@code db/migration/<unit>/}. */
final class BundleMigrationScripts {

    private BundleMigrationScripts() {
    }

    static List<MigrationScript> of(Bundle bundle, String unit) {
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries("db/migration/" + unit, "V*.sql", false);
        if (entries == null) {
            return scripts;
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            MigrationScript.fromFile(fileName, read(url)).ifPresent(scripts::add);
        }
        return scripts;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + url, e);
        }
    }
}
