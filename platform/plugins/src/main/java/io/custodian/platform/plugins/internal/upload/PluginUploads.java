package io.custodian.platform.plugins.internal.upload;

import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugins.internal.PluginSettings;
import io.custodian.platform.plugins.internal.files.TemporaryFolder;
import io.custodian.platform.plugins.internal.lifecycle.ManifestPeek;
import io.custodian.platform.plugins.internal.lifecycle.PluginLifecycle;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import io.custodian.platform.plugins.internal.lifecycle.UpgradeRight;
import io.custodian.platform.plugins.internal.lifecycle.Verification.Candidate;
import io.custodian.platform.plugins.internal.store.StoredPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Plugin jars an administrator uploads. The upload is streamed to a file of its own and refused as
 * soon as it passes the size limit, then goes through the same checks as a marketplace jar: the
 * signature of a trusted publisher over its SHA-256, the jar checks and the platform range.
 */
public final class PluginUploads {

    private static final int BUFFER = 64 * 1024;

    private final Supplier<PluginSettings> settings;
    private final PluginLifecycle lifecycle;
    private final Path incoming;

    public PluginUploads(Supplier<PluginSettings> settings, PluginLifecycle lifecycle, Path incoming) {
        this.settings = settings;
        this.lifecycle = lifecycle;
        this.incoming = incoming;
    }

    /**
     * Installs (or upgrades to) an uploaded jar.
     *
     * @param jar         the jar's bytes; read at most to the limit, not closed
     * @param publisher   who signed it
     * @param signature   base64 Ed25519 signature of the publisher
     * @param grantScopes  must cover every scope the jar requests
     * @param upgradeRight asked if the jar holds another version of an installed plugin
     */
    public PluginView upload(InputStream jar, String publisher, String signature, Collection<String> grantScopes,
                             UpgradeRight upgradeRight) {
        try (TemporaryFolder work = TemporaryFolder.in(incoming, "upload-")) {
            return lifecycle.install(null, grantScopes, upgradeRight, attempt -> {
                PluginSettings current = settings.get();
                Path file = work.path().resolve("upload.jar");
                copyAtMost(jar, file, current.maxJarBytes());
                ManifestPeek.id(file).ifPresent(attempt::plugin);
                return new Candidate(current.verifier().verifyUpload(file, blankToNull(publisher),
                        blankToNull(signature)), StoredPlugin.UPLOAD);
            });
        }
    }

    /**
     * Copies {@code in} to {@code target}, stopping as soon as it holds more than {@code limit} bytes.
     *
     * @throws PluginRejectedException {@code plugin.too_large} past the limit, {@code plugin.not_a_jar} if the
     *                                 upload could not be read
     */
    static void copyAtMost(InputStream in, Path target, long limit) throws PluginRejectedException {
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > limit) {
                    throw new PluginRejectedException(PluginRejectedException.Reason.TOO_LARGE,
                            "The uploaded jar is larger than the limit of " + limit + " bytes.");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new PluginRejectedException(PluginRejectedException.Reason.NOT_A_JAR,
                    "The uploaded jar could not be read completely.", e);
        }
        if (total == 0) {
            throw new PluginRejectedException(PluginRejectedException.Reason.NOT_A_JAR, "The uploaded file is empty.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
