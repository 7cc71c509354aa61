package io.custodian.plugin.tools;

import io.custodian.platform.plugin.packaging.PluginSignatures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Set;

/** Reads and writes the two key files keygen produces: {@code <publisher>.key} and {@code <publisher>.pub}. */
final class KeyFiles {

    static final String PRIVATE_SUFFIX = ".key";
    static final String PUBLIC_SUFFIX = ".pub";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final long MAX_KEY_FILE_BYTES = 16 * 1024;

    private KeyFiles() {
    }

    /**
     * Writes {@code text} so that only the owner can read it. On POSIX file systems the file is created with
     * mode 0600, so the key is never readable by others, not even for a moment.
     */
    static void writeSecret(Path file, String text, boolean overwrite) throws ToolException {
        try {
            if (overwrite) {
                Files.deleteIfExists(file);
            }
            if (Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
            Files.writeString(file, text + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw ToolException.input(file + " already exists; pass --force to replace it or choose another --out", e);
        } catch (IOException e) {
            throw ToolException.input("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a public file ({@code .pub}); refuses to replace one unless {@code overwrite}. */
    static void writePublic(Path file, String text, boolean overwrite) throws ToolException {
        try {
            if (!overwrite && Files.exists(file)) {
                throw ToolException.input(file + " already exists; pass --force to replace it or choose another --out");
            }
            Files.writeString(file, text + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw ToolException.input("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The private key in {@code file}, as written by keygen. */
    static PrivateKey readPrivate(Path file) throws ToolException {
        String text = readText(file, "key file");
        try {
            return PluginSignatures.decodePrivate(text);
        } catch (RuntimeException notPrivate) {
            if (looksLikePublicKey(text)) {
                throw ToolException.input(file + " holds a public key; sign with the private key file (" + PRIVATE_SUFFIX
                        + ") that keygen wrote next to it", notPrivate);
            }
            throw ToolException.input(file + " is not an Ed25519 private key (expected the base64 PKCS#8 text that keygen "
                    + "writes to <publisher>" + PRIVATE_SUFFIX + ")", notPrivate);
        }
    }

    /** The public key in {@code file}, as written by keygen. */
    static PublicKey readPublic(Path file) throws ToolException {
        String text = readText(file, "public key file");
        try {
            return PluginSignatures.decodePublic(text);
        } catch (RuntimeException e) {
            throw ToolException.input(file + " is not an Ed25519 public key (expected the base64 X.509 text that keygen "
                    + "writes to <publisher>" + PUBLIC_SUFFIX + ")", e);
        }
    }

    private static boolean looksLikePublicKey(String text) {
        try {
            PluginSignatures.decodePublic(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String readText(Path file, String what) throws ToolException {
        if (!Files.isRegularFile(file)) {
            throw ToolException.input("no " + what + " at " + file);
        }
        try {
            if (Files.size(file) > MAX_KEY_FILE_BYTES) {
                throw ToolException.input(file + " is too large to be a " + what);
            }
            // Latin-1 maps every byte, so a binary file picked by mistake ends up as "not a key", not as a charset error.
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).trim();
        } catch (IOException e) {
            throw ToolException.input("could not read " + what + " " + file + ": " + e.getMessage(), e);
        }
    }
}
