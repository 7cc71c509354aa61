package io.custodian.itest;

import io.custodian.itest.plugins.PluginBehaviour;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The plugin host with the kernel on PostgreSQL (ci profile): the same behaviour as on H2. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresPluginsIT extends PluginBehaviour {

    @Configuration
    public Option[] config() throws IOException, SQLException {
        return PluginDistribution.options("marketplace-postgres", KernelDistribution.onNewPostgresDatabase(
                KernelDistribution.options(18781, 10600, "PostgreSQL"))).toArray(new Option[0]);
    }
}
