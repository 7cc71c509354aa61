package io.custodian.platform.plugins.internal.testing;

import io.custodian.platform.plugin.packaging.PluginManifestParser;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugins.internal.activation.PluginActivations;
import io.custodian.platform.plugins.internal.lifecycle.BundleOperationException;
import io.custodian.platform.plugins.internal.lifecycle.BundleOperations;
import io.custodian.plugin.api.PluginDescriptorFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The framework as the lifecycle sees it, in memory: one "bundle" per plugin id holding a copy of
 * its jar. Starting a bundle offers its classes to the activations and stopping withdraws them, as
 * the bundle tracker does in OSGi. Tests can make a start fail, as an unresolvable bundle would.
 */
public final class FakeFramework implements BundleOperations {

    private static final class FakeBundle {
        Map<String, byte[]> entries;
        String version;
        boolean active;
        boolean hostInstalled;
        JarExtensionSource offered;
    }

    private final PluginActivations activations;
    private final Map<String, FakeBundle> bundles = new ConcurrentHashMap<>();
    private final Set<String> failingStarts = ConcurrentHashMap.newKeySet();
    private final List<String> log = new ArrayList<>();

    public FakeFramework(PluginActivations activations) {
        this.activations = activations;
    }

    /** From now on, starting plugin {@code id}'s bundle fails as an unresolvable bundle would. */
    public void failStartsOf(String id) {
        failingStarts.add(id);
    }

    public void allowStartsOf(String id) {
        failingStarts.remove(id);
    }

    /** What fileinstall does with a jar dropped into deploy/: install and start it. */
    public synchronized void deploy(String id, Path jar) {
        FakeBundle previous = bundles.get(id);
        if (previous != null) {
            withdraw(id, previous);
        }
        FakeBundle bundle = read(jar);
        bundle.hostInstalled = false;
        bundles.put(id, bundle);
        start(id);
    }

    /** What fileinstall does when the file is removed from deploy/. */
    public synchronized void undeploy(String id) {
        FakeBundle bundle = bundles.remove(id);
        if (bundle != null) {
            withdraw(id, bundle);
        }
    }

    /** Plants a host bundle that no record knows of (an install that crashed half way). */
    public void plantOrphan(String id, Path jar) {
        bundles.put(id, read(jar));
    }

    @Override
    public synchronized void install(String pluginId, Path jar) {
        log.add("install " + pluginId);
        if (bundles.containsKey(pluginId)) {
            throw new BundleOperationException("A bundle with location custodian-plugin:" + pluginId + " exists");
        }
        bundles.put(pluginId, read(jar));
    }

    @Override
    public synchronized void update(String pluginId, Path jar) {
        log.add("update " + pluginId);
        FakeBundle bundle = require(pluginId);
        boolean wasActive = bundle.active;
        withdraw(pluginId, bundle);
        FakeBundle updated = read(jar);
        bundle.entries = updated.entries;
        bundle.version = updated.version;
        if (wasActive) {
            start(pluginId);
        }
    }

    @Override
    public synchronized void start(String pluginId) {
        log.add("start " + pluginId);
        FakeBundle bundle = require(pluginId);
        if (failingStarts.contains(pluginId)) {
            throw new BundleOperationException("The bundle of plugin " + pluginId + " could not be started: "
                    + "Unable to resolve custodian.plugin." + pluginId + ": missing requirement osgi.wiring.package");
        }
        if (bundle.active) {
            return;
        }
        bundle.active = true;
        bundle.offered = new JarExtensionSource(bundle.version, bundle.entries);
        activations.available(pluginId, bundle.offered);
    }

    @Override
    public synchronized void stop(String pluginId) {
        log.add("stop " + pluginId);
        FakeBundle bundle = bundles.get(pluginId);
        if (bundle != null) {
            withdraw(pluginId, bundle);
        }
    }

    @Override
    public synchronized void uninstall(String pluginId) {
        log.add("uninstall " + pluginId);
        FakeBundle bundle = bundles.remove(pluginId);
        if (bundle != null) {
            withdraw(pluginId, bundle);
        }
    }

    @Override
    public Optional<BundleStatus> status(String pluginId) {
        FakeBundle bundle = bundles.get(pluginId);
        return bundle == null ? Optional.empty() : Optional.of(new BundleStatus(bundle.version, bundle.active));
    }

    @Override
    public Set<String> hostInstalled() {
        Set<String> ids = new HashSet<>();
        bundles.forEach((id, bundle) -> {
            if (bundle.hostInstalled) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Whether a bundle of {@code id} is installed. */
    public boolean has(String id) {
        return bundles.containsKey(id);
    }

    /** Whether the bundle of {@code id} is started. */
    public boolean isActive(String id) {
        FakeBundle bundle = bundles.get(id);
        return bundle != null && bundle.active;
    }

    /** The operations asked of the framework, in order. */
    public synchronized List<String> log() {
        return List.copyOf(log);
    }

    private void withdraw(String id, FakeBundle bundle) {
        bundle.active = false;
        if (bundle.offered != null) {
            activations.unavailable(id, bundle.offered);
            bundle.offered = null;
        }
    }

    private FakeBundle require(String id) {
        FakeBundle bundle = bundles.get(id);
        if (bundle == null) {
            throw new BundleOperationException("Plugin " + id + " has no bundle installed");
        }
        return bundle;
    }

    private static FakeBundle read(Path jar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FakeBundle bundle = new FakeBundle();
        bundle.entries = entries;
        bundle.hostInstalled = true;
        try {
            bundle.version = PluginManifestParser.parse(entries.get(PluginDescriptorFormat.MANIFEST_PATH)).version();
        } catch (PluginRejectedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return bundle;
    }
}
