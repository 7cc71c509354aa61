package io.custodian.itest;

import io.custodian.itest.plugins.PluginBehaviour;
import java.io.IOException;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The plugin host in the distribution on its embedded database, with a marketplace folder built for the run. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class H2PluginsIT extends PluginBehaviour {

    @Configuration
    public Option[] config() throws IOException {
        return PluginDistribution.options("marketplace-h2", KernelDistribution.options(18681, 10500, "H2"))
                .toArray(new Option[0]);
    }
}
