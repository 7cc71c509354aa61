package io.custodian.itest;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import io.custodian.itest.plugins.TestMarketplace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ops4j.pax.exam.Option;

/** Pax Exam options for the plugin tests: a marketplace folder built for the run, trusted, beside the built-in one. */
final class PluginDistribution {

    private PluginDistribution() {
    }

    /**
     * Adds to {@code options} a marketplace built for this run (and trusted), the distribution's own marketplace,
     * a 2 s limit per plugin call and a 2 MiB limit per plugin jar, so the tests reach those limits quickly.
     * Each test class has its own folder {@code name}: each run generates its own publisher key.
     */
    static List<Option> options(String name, List<Option> options) throws IOException {
        Path marketplace = Path.of(KernelDistribution.required("custodian.itWork"), name);
        String trusted = TestMarketplace.build(marketplace, Path.of(KernelDistribution.required("custodian.itEchoPlugin")),
                Path.of(KernelDistribution.required("custodian.itMisbehavingPlugin")));
        String cfg = "etc/io.custodian.platform.plugins.cfg";
        options.add(editConfigurationFilePut(cfg, "marketplaces", marketplace + ", ${karaf.home}/marketplace"));
        options.add(editConfigurationFilePut(cfg, "trustedPublishers", trusted));
        options.add(editConfigurationFilePut(cfg, "callTimeoutSeconds", "2"));
        options.add(editConfigurationFilePut(cfg, "maxJarBytes", "2097152"));
        // The plugin tests install every plugin themselves, the built-in connectors included.
        options.add(editConfigurationFilePut(cfg, "installOnFirstStart", ""));
        options.add(systemProperty("custodian.itMarketplace").value(marketplace.toString()));
        return options;
    }
}
