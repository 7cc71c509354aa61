package io.custodian.platform.plugins.internal.osgi;

import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.platform.plugins.internal.lifecycle.BundleOperationException;
import io.custodian.platform.plugins.internal.lifecycle.BundleOperations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BundleOperations} on the running framework. A plugin the host installs gets the bundle
 * location {@value #LOCATION_PREFIX}{@code <id>}, one per plugin id whatever its version; a plugin
 * from deploy/ keeps the bundle fileinstall made, which the tracker reports here.
 */
public final class PluginBundles implements BundleOperations {

    /** Location prefix of the bundles the host installs. */
    public static final String LOCATION_PREFIX = "custodian-plugin:";

    private static final Logger LOG = LoggerFactory.getLogger(PluginBundles.class);
    private static final Duration REFRESH_TIMEOUT = Duration.ofMinutes(2);

    private final BundleContext context;
    private final Map<String, Bundle> deployed = new ConcurrentHashMap<>();

    public PluginBundles(BundleContext context) {
        this.context = context;
    }

    /** Whether {@code bundle} is one the host installed. */
    static boolean hostInstalled(Bundle bundle) {
        return bundle.getLocation().startsWith(LOCATION_PREFIX);
    }

    /** The bundle fileinstall made for plugin {@code id} from deploy/. */
    void deployed(String id, Bundle bundle) {
        deployed.put(id, bundle);
    }

    /** The deploy/ bundle of {@code id} was uninstalled. */
    void undeployed(String id, Bundle bundle) {
        deployed.remove(id, bundle);
    }

    @Override
    public void install(String pluginId, Path jar) {
        try (InputStream in = Files.newInputStream(jar)) {
            context.installBundle(LOCATION_PREFIX + pluginId, in);
        } catch (BundleException | IOException e) {
            throw new BundleOperationException("The bundle of plugin " + pluginId + " could not be installed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void update(String pluginId, Path jar) {
        Bundle bundle = require(pluginId);
        try (InputStream in = Files.newInputStream(jar)) {
            bundle.update(in);
        } catch (BundleException | IOException e) {
            throw new BundleOperationException("The bundle of plugin " + pluginId + " could not be updated: "
                    + e.getMessage(), e);
        }
        refresh(pluginId, bundle);
    }

    @Override
    public void start(String pluginId) {
        try {
            require(pluginId).start();
        } catch (BundleException | IllegalStateException e) {
            throw new BundleOperationException("The bundle of plugin " + pluginId + " could not be started: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void stop(String pluginId) {
        Optional<Bundle> bundle = bundle(pluginId);
        if (bundle.isEmpty() || (bundle.get().getState() & (Bundle.ACTIVE | Bundle.STARTING)) == 0) {
            return;
        }
        try {
            bundle.get().stop();
        } catch (BundleException | IllegalStateException e) {
            throw new BundleOperationException("The bundle of plugin " + pluginId + " could not be stopped: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void uninstall(String pluginId) {
        Optional<Bundle> found = bundle(pluginId);
        if (found.isEmpty()) {
            return;
        }
        Bundle bundle = found.get();
        if (!hostInstalled(bundle)) {
            // Otherwise fileinstall would install the file again on its next scan.
            deleteDeployedFile(pluginId, bundle.getLocation());
        }
        try {
            bundle.uninstall();
        } catch (BundleException e) {
            throw new BundleOperationException("The bundle of plugin " + pluginId + " could not be uninstalled: "
                    + e.getMessage(), e);
        } catch (IllegalStateException e) {
            // Uninstalled meanwhile (fileinstall noticed the deleted file first): what we wanted.
            LOG.debug("Bundle of plugin {} was uninstalled already", pluginId);
        }
        deployed.remove(pluginId, bundle);
        refresh(pluginId, bundle);
    }

    @Override
    public Optional<BundleStatus> status(String pluginId) {
        return bundle(pluginId).map(bundle -> new BundleStatus(version(bundle),
                bundle.getState() == Bundle.ACTIVE));
    }

    @Override
    public Set<String> hostInstalled() {
        return Arrays.stream(context.getBundles()).filter(PluginBundles::hostInstalled)
                .map(bundle -> bundle.getLocation().substring(LOCATION_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private Optional<Bundle> bundle(String pluginId) {
        Bundle own = context.getBundle(LOCATION_PREFIX + pluginId);
        if (own != null) {
            return Optional.of(own);
        }
        Bundle fromDeploy = deployed.get(pluginId);
        return fromDeploy == null || fromDeploy.getState() == Bundle.UNINSTALLED ? Optional.empty()
                : Optional.of(fromDeploy);
    }

    private Bundle require(String pluginId) {
        return bundle(pluginId).orElseThrow(() -> new BundleOperationException("Plugin " + pluginId
                + " has no bundle installed"));
    }

    /** The plugin version inside the bundle; the manifest's, since Bundle-Version cannot hold every semantic version. */
    private static String version(Bundle bundle) {
        return BundleManifests.read(bundle).map(PluginManifest::version).orElse(bundle.getVersion().toString());
    }

    /**
     * Refreshes the bundle and waits for the framework to say it is done: an updated bundle's old
     * classes (or an uninstalled one's) are gone only after the refresh.
     */
    private void refresh(String pluginId, Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(List.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                done.countDown();
            }
        });
        try {
            if (!done.await(REFRESH_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new BundleOperationException("The framework did not finish refreshing the bundle of plugin "
                        + pluginId + " within " + REFRESH_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleOperationException("Interrupted while refreshing the bundle of plugin " + pluginId, e);
        }
    }

    private static void deleteDeployedFile(String pluginId, String location) {
        try {
            if (location.startsWith("file:")) {
                Files.deleteIfExists(Path.of(URI.create(location)));
            }
        } catch (IOException | IllegalArgumentException | FileSystemNotFoundException e) {
            LOG.warn("Could not delete the deploy file of plugin {} ({}): {}", pluginId, location, e.getMessage());
        }
    }
}
