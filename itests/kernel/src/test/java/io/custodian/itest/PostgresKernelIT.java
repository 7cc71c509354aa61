package io.custodian.itest;

import java.sql.SQLException;
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

    @Configuration
    public Option[] config() throws SQLException {
        return KernelDistribution.withoutFirstStartPlugins(KernelDistribution.onNewPostgresDatabase(
                KernelDistribution.options(18281, 10100, "PostgreSQL"))).toArray(new Option[0]);
    }

}
