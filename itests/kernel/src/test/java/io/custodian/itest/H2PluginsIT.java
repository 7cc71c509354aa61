package io.custodian.itest;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import io.custodian.itest.plugins.PluginBehaviour;
import io.custodian.itest.plugins.TestMarketplace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        Path work = Path.of(KernelDistribution.required("custodian.itWork"));
        Path marketplace = work.resolve("marketplace");
        String trusted = TestMarketplace.build(marketplace, Path.of(KernelDistribution.required("custodian.itEchoPlugin")),
                Path.of(KernelDistribution.required("custodian.itMisbehavingPlugin")));
        List<Option> options = KernelDistribution.options(18681, 10500, "H2");
        options.add(editConfigurationFilePut("etc/io.custodian.platform.plugins.cfg", "marketplaces",
                marketplace + ", ${karaf.home}/marketplace"));
        options.add(editConfigurationFilePut("etc/io.custodian.platform.plugins.cfg", "trustedPublishers", trusted));
        options.add(editConfigurationFilePut("etc/io.custodian.platform.plugins.cfg", "callTimeoutSeconds", "2"));
        options.add(editConfigurationFilePut("etc/io.custodian.platform.plugins.cfg", "maxJarBytes", "2097152"));
        options.add(systemProperty("custodian.itMarketplace").value(marketplace.toString()));
        return options.toArray(new Option[0]);
    }
}
