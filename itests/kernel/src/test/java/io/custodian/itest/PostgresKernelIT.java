package io.custodian.itest;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The kernel on PostgreSQL, switched the documented way: one .cfg file. Needs the PostgreSQL at
 * 127.0.0.1:5432 (ci profile); each run gets a new, empty database.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresKernelIT extends KernelBehaviour {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @Configuration
    public Option[] config() throws SQLException {
        String database = "custodian_it_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(SERVER + "test", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String cfg = "etc/io.custodian.platform.persistence.cfg";
        List<Option> options = KernelDistribution.options(18281, 10100, "PostgreSQL");
        options.add(editConfigurationFilePut(cfg, "url", SERVER + database));
        options.add(editConfigurationFilePut(cfg, "user", "postgres"));
        return options.toArray(new Option[0]);
    }

}
