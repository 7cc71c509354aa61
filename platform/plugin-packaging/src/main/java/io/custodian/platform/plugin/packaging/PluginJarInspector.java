package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.platform.plugin.packaging.internal.BoundedStreams;
import io.custodian.platform.plugin.packaging.internal.ServiceFiles;
import io.custodian.platform.plugin.packaging.internal.SizeLimitExceededException;
import io.custodian.platform.plugin.packaging.internal.Texts;
import io.custodian.platform.plugin.packaging.internal.ZipEntryNames;
import io.custodian.plugin.api.PluginDescriptorFormat;
import io.custodian.plugin.api.PluginKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks that a file is a plugin jar that is safe to load, in this order: file size, entry count, entry names
 * (zip-slip, duplicates), the bytes all entries really inflate to (counted while reading, so a zip bomb that
 * lies in its headers is still stopped), the manifest, no {@code Bundle-Activator}, and one
 * {@code META-INF/services} file naming at least one class of the jar for every declared kind. The platform
 * range is not checked here (see {@link PlatformVersion}).
 *
 * <p>Entries are read through the central directory ({@link ZipFile}), the same view class loaders and the
 * OSGi framework take of the jar.
 */
public final class PluginJarInspector {

    private static final String SERVICES_FOLDER = "META-INF/services/";
    private static final int MAX_SERVICES_FILE_BYTES = 64 * 1024;
    private static final int MAX_JAR_MANIFEST_BYTES = 1024 * 1024;

    private final InspectionLimits limits;

    /** @param limits how large a jar may be */
    public PluginJarInspector(InspectionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Inspects {@code jar}.
     *
     * @throws PluginRejectedException naming the check that failed and the file or entry at fault
     */
    public InspectedJar inspect(Path jar) throws PluginRejectedException {
        String file = Texts.quote(String.valueOf(jar.getFileName()));
        long size = checkSize(jar, file);
        JarContent content = readEntries(jar, file);
        Map<String, byte[]> wanted = content.wanted();

        byte[] manifestJson = wanted.get(PluginDescriptorFormat.MANIFEST_PATH);
        if (manifestJson == null) {
            throw new PluginRejectedException(Reason.MANIFEST_MISSING, "The plugin file " + file + " has no "
                    + PluginDescriptorFormat.MANIFEST_PATH + "; every plugin jar must describe itself there.");
        }
        PluginManifest manifest = PluginManifestParser.parse(manifestJson);
        refuseBundleActivator(wanted.get(JarFile.MANIFEST_NAME), file);
        Map<PluginKind, List<String>> extensions = extensions(manifest, content, file);
        return new InspectedJar(jar, manifest, sha256(jar), size, extensions);
    }

    private long checkSize(Path jar, String file) throws PluginRejectedException {
        if (!Files.isRegularFile(jar)) {
            throw new PluginRejectedException(Reason.NOT_FOUND, "The plugin file " + file + " does not exist.");
        }
        long size;
        try {
            size = Files.size(jar);
        } catch (IOException e) {
            throw new PluginRejectedException(Reason.NOT_FOUND, "The plugin file " + file + " cannot be read.", e);
        }
        if (size > limits.maxJarBytes()) {
            throw new PluginRejectedException(Reason.TOO_LARGE,
                    "The plugin file " + file + " " + Texts.sizeAgainstLimit(size, limits.maxJarBytes()) + ".");
        }
        if (size == 0) {
            throw new PluginRejectedException(Reason.NOT_A_JAR, "The plugin file " + file + " is empty.");
        }
        return size;
    }

    /** The entry names of a jar, and the content of the entries inspection reads, keyed by name. */
    private record JarContent(Set<String> names, Map<String, byte[]> wanted) {
    }

    /** Checks every entry and keeps the names, and the content of the entries inspection needs. */
    private JarContent readEntries(Path jar, String file) throws PluginRejectedException {
        ZipFile zip;
        try {
            zip = new ZipFile(jar.toFile());
        } catch (ZipException | IllegalArgumentException e) {
            throw new PluginRejectedException(Reason.NOT_A_JAR, "The plugin file " + file + " is not a jar (zip) archive.", e);
        } catch (IOException e) {
            throw new PluginRejectedException(Reason.NOT_FOUND, "The plugin file " + file + " cannot be read.", e);
        }
        try (zip) {
            List<ZipEntry> entries = checkEntries(zip, file);
            Set<String> names = new HashSet<>();
            entries.forEach(entry -> names.add(entry.getName()));
            return new JarContent(Set.copyOf(names), readContent(zip, entries, file));
        } catch (IOException | IllegalArgumentException e) {
            // ZipFile signals bad compressed data, truncation and undecodable names this way.
            throw new PluginRejectedException(Reason.NOT_A_JAR, "The plugin file " + file
                    + " is damaged and cannot be read as a jar.", e);
        }
    }

    private List<ZipEntry> checkEntries(ZipFile zip, String file) throws PluginRejectedException {
        if (zip.size() > limits.maxEntries()) {
            throw tooManyEntries(file, zip.size());
        }
        List<ZipEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (entries.size() >= limits.maxEntries()) {
                throw tooManyEntries(file, entries.size() + 1);
            }
            String name = entry.getName();
            var problem = ZipEntryNames.problem(name);
            if (problem.isPresent()) {
                throw new PluginRejectedException(Reason.UNSAFE_ENTRY, "The plugin file " + file + " contains the unsafe entry "
                        + Texts.quote(name) + ": " + problem.get() + ".");
            }
            if (!names.add(name)) {
                // Two entries with one name: different readers may pick different ones.
                throw new PluginRejectedException(Reason.UNSAFE_ENTRY, "The plugin file " + file + " contains the entry "
                        + Texts.quote(name) + " twice.");
            }
            entries.add(entry);
        }
        return entries;
    }

    private Map<String, byte[]> readContent(ZipFile zip, List<ZipEntry> entries, String file)
            throws IOException, PluginRejectedException {
        Map<String, byte[]> wanted = new HashMap<>();
        long total = 0;
        for (ZipEntry entry : entries) {
            long remaining = limits.maxUncompressedBytes() - total;
            int ownLimit = ownLimit(entry.getName());
            try (InputStream in = zip.getInputStream(entry)) {
                if (ownLimit > 0) {
                    byte[] content = readWanted(in, entry.getName(), ownLimit, remaining, file);
                    wanted.put(entry.getName(), content);
                    total += content.length;
                } else {
                    total += BoundedStreams.drain(in, remaining);
                }
            } catch (SizeLimitExceededException e) {
                throw uncompressedTooLarge(file);
            }
        }
        return wanted;
    }

    private byte[] readWanted(InputStream in, String name, int ownLimit, long remaining, String file)
            throws IOException, PluginRejectedException {
        if (remaining < ownLimit) {
            return BoundedStreams.readAll(in, (int) remaining);
        }
        try {
            return BoundedStreams.readAll(in, ownLimit);
        } catch (SizeLimitExceededException e) {
            throw new PluginRejectedException(Reason.TOO_LARGE, "The entry " + name + " of the plugin file " + file
                    + " is larger than " + Texts.bytes(ownLimit) + ".");
        }
    }

    /** The size limit of an entry inspection keeps, or 0 for entries it only counts. */
    private static int ownLimit(String name) {
        if (name.equals(PluginDescriptorFormat.MANIFEST_PATH)) {
            // One byte over the parser's limit, so the parser reports the manifest as too large in its own words.
            return PluginManifestParser.MAX_MANIFEST_BYTES + 1;
        }
        if (name.equals(JarFile.MANIFEST_NAME)) {
            return MAX_JAR_MANIFEST_BYTES;
        }
        if (name.startsWith(SERVICES_FOLDER) && name.indexOf('/', SERVICES_FOLDER.length()) < 0
                && name.length() > SERVICES_FOLDER.length()) {
            return MAX_SERVICES_FILE_BYTES;
        }
        return 0;
    }

    private static void refuseBundleActivator(byte[] jarManifest, String file) throws PluginRejectedException {
        if (jarManifest == null) {
            return;
        }
        Manifest manifest;
        try {
            manifest = new Manifest(new ByteArrayInputStream(jarManifest));
        } catch (IOException e) {
            throw new PluginRejectedException(Reason.NOT_A_JAR, "The plugin file " + file + " has a malformed "
                    + JarFile.MANIFEST_NAME + ".", e);
        }
        String activator = manifest.getMainAttributes().getValue(new Attributes.Name("Bundle-Activator"));
        if (activator != null) {
            // An activator would run plugin code inside the kernel, outside every guard the host puts around plugins.
            throw new PluginRejectedException(Reason.MANIFEST_INVALID, "The plugin file " + file + " declares the Bundle-Activator "
                    + Texts.quote(activator) + " in " + JarFile.MANIFEST_NAME
                    + "; plugins may run code only through their extensions.");
        }
    }

    private static Map<PluginKind, List<String>> extensions(PluginManifest manifest, JarContent jar, String file)
            throws PluginRejectedException {
        Map<PluginKind, List<String>> extensions = new EnumMap<>(PluginKind.class);
        for (PluginKind kind : manifest.kinds()) {
            String servicesFile = SERVICES_FOLDER + kind.extensionPoint().getName();
            byte[] content = jar.wanted().get(servicesFile);
            if (content == null) {
                throw new PluginRejectedException(Reason.NO_EXTENSIONS, "The plugin file " + file + " declares the kind "
                        + kind.id() + " but has no " + servicesFile + " listing its " + kind.id() + " classes.");
            }
            List<String> classes;
            try {
                classes = ServiceFiles.classNames(content);
            } catch (ServiceFiles.MalformedException e) {
                throw new PluginRejectedException(Reason.NO_EXTENSIONS, "The entry " + servicesFile + " of the plugin file "
                        + file + " is malformed: " + e.getMessage() + ".");
            }
            if (classes.isEmpty()) {
                throw new PluginRejectedException(Reason.NO_EXTENSIONS, "The entry " + servicesFile + " of the plugin file "
                        + file + " names no class, but the manifest declares the kind " + kind.id() + ".");
            }
            for (String className : classes) {
                if (!jar.names().contains(ServiceFiles.classEntry(className))) {
                    throw new PluginRejectedException(Reason.NO_EXTENSIONS, "The entry " + servicesFile + " of the plugin file "
                            + file + " names the class " + className + ", which the jar does not contain.");
                }
            }
            extensions.put(kind, classes);
        }
        return extensions;
    }

    private PluginRejectedException tooManyEntries(String file, int count) {
        return new PluginRejectedException(Reason.TOO_LARGE, "The plugin file " + file + " holds " + count
                + " entries; the limit is " + limits.maxEntries() + ".");
    }

    private PluginRejectedException uncompressedTooLarge(String file) {
        return new PluginRejectedException(Reason.TOO_LARGE, "The plugin file " + file + " unpacks to more than "
                + Texts.bytes(limits.maxUncompressedBytes()) + "; the limit protects the platform from zip bombs.");
    }

    private static String sha256(Path jar) throws PluginRejectedException {
        try {
            return Sha256.hex(jar);
        } catch (UncheckedIOException e) {
            throw new PluginRejectedException(Reason.NOT_FOUND, "The plugin file " + jar.getFileName() + " cannot be read.", e);
        }
    }
}
