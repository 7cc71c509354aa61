package io.custodian.platform.health.internal;

import io.custodian.platform.health.api.BundleHealth;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The Custodian bundles installed in the framework and their states. */
final class CustodianBundles {

    private static final String PREFIX = "custodian-";

    private CustodianBundles() {
    }

    static List<BundleHealth> of(BundleContext context) {
        List<BundleHealth> bundles = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && name.startsWith(PREFIX) && !isFragment(bundle)) {
                bundles.add(new BundleHealth(name, bundle.getVersion().toString(), stateName(bundle.getState())));
            }
        }
        return bundles;
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get("Fragment-Host") != null;
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
