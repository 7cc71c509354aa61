package io.custodian.platform.plugin.packaging.internal;

import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file handling both marketplace sources share: a download is written to a temporary file in the target
 * folder and moved into place only when complete, so a half-written jar never carries the final name.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A writer of a download into a temporary file. */
    @FunctionalInterface
    public interface Transfer {
        /** Writes the content into {@code temporary}. */
        void into(Path temporary) throws IOException, PluginRejectedException;
    }

    /**
     * Runs {@code transfer} into a temporary file in {@code targetDir}, then moves it to {@code fileName}.
     *
     * @param what how messages name the download
     */
    public static Path save(Path targetDir, String fileName, String what, Transfer transfer) throws PluginRejectedException {
        Path temporary = null;
        try {
            Files.createDirectories(targetDir);
            temporary = Files.createTempFile(targetDir, ".download-", ".part");
            transfer.into(temporary);
            Path target = targetDir.resolve(fileName);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            return target;
        } catch (IOException e) {
            throw new PluginRejectedException(Reason.DOWNLOAD_FAILED, "Could not save " + what + " into " + targetDir + ".", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Deletes {@code file} if it exists; failures are ignored because the caller is already reporting another one. */
    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Best effort: a leftover temporary file is harmless and named .download-*.part.
        }
    }

    /** The refusal for a download over its limit. */
    public static PluginRejectedException tooLarge(String what, long maxBytes) {
        return new PluginRejectedException(Reason.TOO_LARGE, Character.toUpperCase(what.charAt(0)) + what.substring(1)
                + " is larger than the limit of " + Texts.bytes(maxBytes) + ".");
    }
}
