package io.custodian.platform.persistence.internal;

import java.util.Locale;
import java.util.Optional;

/** The JDBC drivers the kernel database supports, recognised from the URL. */
enum JdbcDriver {
    H2("jdbc:h2:", "org.h2.Driver", "h2"),
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver", "postgresql");

    private final String urlPrefix;
    private final String driverClass;
    private final String vendorKey;

    JdbcDriver(String urlPrefix, String driverClass, String vendorKey) {
        this.urlPrefix = urlPrefix;
        this.driverClass = driverClass;
        this.vendorKey = vendorKey;
    }

    /** The driver class name, as published in {@code osgi.jdbc.driver.class} by the driver bundle. */
    String driverClass() {
        return driverClass;
    }

    /** Lower-case key used for vendor-specific migration scripts. */
    String vendorKey() {
        return vendorKey;
    }

    static Optional<JdbcDriver> forUrl(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        for (JdbcDriver driver : values()) {
            if (lower.startsWith(driver.urlPrefix)) {
                return Optional.of(driver);
            }
        }
        return Optional.empty();
    }

    /** Maps a JDBC product name ({@code DatabaseMetaData.getDatabaseProductName()}) to a vendor key. */
    static String vendorKeyOf(String productName) {
        String lower = productName.toLowerCase(Locale.ROOT);
        for (JdbcDriver driver : values()) {
            if (lower.startsWith(driver.vendorKey)) {
                return driver.vendorKey;
            }
        }
        return lower.replaceAll("[^a-z0-9]", "");
    }
}
