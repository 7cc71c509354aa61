package io.custodian.plugin.tools;

import io.custodian.platform.plugin.packaging.PluginSignatures;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Set;

/**
 * {@code keygen --out <dir> --publisher <name> [--force]}: creates a publisher's Ed25519 key pair and prints
 * the {@code trustedPublishers} entry an administrator adds to the host's configuration.
 */
final class KeygenCommand implements Command {

    @Override
    public String name() {
        return "keygen";
    }

    @Override
    public String synopsis() {
        return "--out <dir> --publisher <name> [--force]   create <name>.key (private, mode 0600) and <name>.pub";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("out", "publisher");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("force");
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws ToolException {
        Path dir = Path.of(line.required("out"));
        String publisher = PublisherNames.check(line.required("publisher"));
        boolean force = line.flag("force");
        if (!line.positionals().isEmpty()) {
            throw ToolException.input("keygen: unexpected argument '" + line.positionals().get(0) + "'");
        }
        createDirectory(dir);
        Path privateFile = dir.resolve(publisher + KeyFiles.PRIVATE_SUFFIX);
        Path publicFile = dir.resolve(publisher + KeyFiles.PUBLIC_SUFFIX);
        if (!force) {
            // Check both before writing either, so a refusal never leaves half a key pair behind.
            for (Path existing : new Path[] {privateFile, publicFile}) {
                if (Files.exists(existing)) {
                    throw ToolException.input(existing + " already exists; pass --force to replace it or choose another --out");
                }
            }
        }
        KeyPair pair = PluginSignatures.generateKeyPair();
        String publicKey = PluginSignatures.encodePublic(pair.getPublic());
        KeyFiles.writeSecret(privateFile, PluginSignatures.encodePrivate(pair.getPrivate()), force);
        KeyFiles.writePublic(publicFile, publicKey, force);
        out.println("Wrote " + privateFile + " (private signing key: keep it secret, never commit it)");
        out.println("Wrote " + publicFile + " (public key: give it to the platform administrators)");
        out.println("Entry for trustedPublishers (config PID io.custodian.platform.plugins):");
        out.println(publisher + "=" + publicKey);
        return ExitCodes.OK;
    }

    private static void createDirectory(Path dir) throws ToolException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw ToolException.input("--out " + dir + " is a file, not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw ToolException.input("could not create directory " + dir + ": " + e.getMessage(), e);
        }
    }
}
