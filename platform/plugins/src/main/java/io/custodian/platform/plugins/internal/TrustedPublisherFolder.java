package io.custodian.platform.plugins.internal;

import io.custodian.platform.plugin.packaging.PluginSignatures;
import io.custodian.platform.plugin.packaging.PublisherKey;
import io.custodian.platform.plugin.packaging.TrustedPublishers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publisher keys kept as files, {@code <publisher>.pub} holding the base64 key (what the plugin tool's
 * {@code keygen} writes). The distribution trusts the key its build signed the built-in plugins with this way,
 * and an administrator trusts a partner by dropping the partner's file in. Read at each verification, so a new
 * file counts at once; a malformed file is logged and skipped, never fatal.
 */
public final class TrustedPublisherFolder {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedPublisherFolder.class);
    private static final String SUFFIX = ".pub";

    private final Path folder;

    private TrustedPublisherFolder(Path folder) {
        this.folder = folder;
    }

    /** The keys in {@code folder}; a folder that does not exist holds none. */
    public static TrustedPublisherFolder at(Path folder) {
        return new TrustedPublisherFolder(folder);
    }

    /** No folder at all. */
    public static TrustedPublisherFolder none() {
        return new TrustedPublisherFolder(null);
    }

    /** The publishers of {@code configured} plus those of the folder's files. */
    public TrustedPublishers with(TrustedPublishers configured) {
        List<PublisherKey> keys = new ArrayList<>(configured.keys());
        keys.addAll(keys());
        return TrustedPublishers.of(keys);
    }

    /** The keys of the folder's readable, well-formed files. */
    List<PublisherKey> keys() {
        List<PublisherKey> keys = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return keys;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f))
                    .sorted()
                    .forEach(f -> read(f, keys));
        } catch (IOException e) {
            LOG.warn("Cannot list trusted publisher keys in {}: {}", folder, e.getMessage());
        }
        return keys;
    }

    private static void read(Path file, List<PublisherKey> keys) {
        String name = file.getFileName().toString();
        String publisher = name.substring(0, name.length() - SUFFIX.length());
        if (!TrustedPublishers.PUBLISHER_PATTERN.matcher(publisher).matches()) {
            LOG.warn("Ignoring trusted publisher key {}: '{}' is not a publisher name", file, publisher);
            return;
        }
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            keys.add(new PublisherKey(publisher, PluginSignatures.decodePublic(text)));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring trusted publisher key {}: {}", file, e.getMessage());
        }
    }
}
