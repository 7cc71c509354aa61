package io.custodian.itest;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

/** Pax Exam options that boot the real Custodian distribution on test ports. */
final class KernelDistribution {

    private KernelDistribution() {
    }

    /**
     * @param httpPort  port of the HTTP listener
     * @param portShift added to the SSH and RMI ports so tests do not clash with a running instance
     * @param databaseVendor product name the kernel database must report (checked inside the container)
     */
    static List<Option> options(int httpPort, int portShift, String databaseVendor) {
        String distribution = required("custodian.distribution");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration("file:" + distribution, "Custodian", "4.4.10")
                        .unpackDirectory(new File(required("custodian.itWork"), "exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevelOption.LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(8101 + portShift)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(1099 + portShift)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(44444 + portShift)),
                systemProperty("custodian.itBundle").value(required("custodian.itBundle")),
                systemProperty("custodian.itHttpPort").value(Integer.toString(httpPort)),
                systemProperty("custodian.itVendor").value(databaseVendor)));
        String localRepo = System.getProperty("maven.repo.local");
        if (localRepo != null) {
            options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                    "org.ops4j.pax.url.mvn.localRepository", localRepo));
        }
        return options;
    }

    /**
     * Adds to {@code options} what switches the kernel to a new, empty PostgreSQL database on the server at
     * 127.0.0.1:5432 (ci profile), the documented way: one .cfg file.
     */
    static List<Option> onNewPostgresDatabase(List<Option> options) throws SQLException {
        String server = "jdbc:postgresql://127.0.0.1:5432/";
        String database = "custodian_it_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(server + "test", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String cfg = "etc/io.custodian.platform.persistence.cfg";
        options.add(editConfigurationFilePut(cfg, "url", server + database));
        options.add(editConfigurationFilePut(cfg, "user", "postgres"));
        return options;
    }

    /**
     * Adds to {@code options} what keeps the plugin host from installing the built-in connectors on the first start:
     * for tests of the kernel alone, which should not share the container with four bundles being installed and
     * started in the background while they run.
     */
    static List<Option> withoutFirstStartPlugins(List<Option> options) {
        options.add(editConfigurationFilePut("etc/io.custodian.platform.plugins.cfg", "installOnFirstStart", ""));
        options.add(editConfigurationFilePut("etc/io.custodian.demo.cfg", "enabled", "false"));
        return options;
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run through Maven failsafe)");
        }
        return value;
    }
}
