package io.custodian.platform.health.internal;

import io.custodian.platform.health.internal.rest.SystemInfo;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Gathers version, uptime, features and bundles for {@code /system}. */
public final class SystemFacts {

    private SystemFacts() {
    }

    /** Custodian's version: the distribution's {@code custodian.version} property, else this bundle's. */
    public static String version(BundleContext context) {
        String configured = context.getProperty("custodian.version");
        return configured != null ? configured : context.getBundle().getVersion().toString();
    }

    public static SystemInfo collect(BundleContext context, FeaturesService features) {
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        long uptime = Duration.between(started, Instant.now()).getSeconds();
        return new SystemInfo(version(context), started, uptime, System.getProperty("java.version"),
                installedFeatures(features), bundles(context));
    }

    private static List<SystemInfo.Feature> installedFeatures(FeaturesService features) {
        if (features == null) {
            return List.of();
        }
        try {
            return Arrays.stream(features.listInstalledFeatures())
                    .map(f -> new SystemInfo.Feature(f.getName(), f.getVersion()))
                    .sorted(Comparator.comparing(SystemInfo.Feature::name))
                    .toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private static List<SystemInfo.Bundle> bundles(BundleContext context) {
        List<SystemInfo.Bundle> bundles = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            bundles.add(new SystemInfo.Bundle(bundle.getBundleId(), bundle.getSymbolicName(),
                    bundle.getVersion().toString(), CustodianBundles.stateName(bundle.getState())));
        }
        return bundles;
    }
}
