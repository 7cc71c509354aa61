package io.custodian.plugin.tools;

import io.custodian.platform.plugin.packaging.InspectedJar;
import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugin.packaging.PluginSignatures;
import io.custodian.platform.plugin.packaging.TrustedPublishers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.List;
import java.util.Set;

/**
 * {@code sign --key <file> --publisher <name> <plugin.jar>}: signs the jar's id, version and SHA-256 and
 * writes the signature to {@code <plugin.jar>.sig} (also printed as the last line, for an upload form).
 */
final class SignCommand implements Command {

    static final String SIGNATURE_SUFFIX = ".sig";

    @Override
    public String name() {
        return "sign";
    }

    @Override
    public String synopsis() {
        return "--key <file> --publisher <name> <plugin.jar>   write <plugin.jar>.sig and print the signature";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("key", "publisher");
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws ToolException {
        Path keyFile = Path.of(line.required("key"));
        String publisher = PublisherNames.check(line.required("publisher"));
        Path jar = singleJar(line.positionals());
        PrivateKey key = KeyFiles.readPrivate(keyFile);
        InspectedJar inspected = PluginJars.inspect(jar);
        PluginManifest manifest = inspected.manifest();
        String signature = sign(key, keyFile, publisher, inspected);
        Path signatureFile = jar.resolveSibling(jar.getFileName() + SIGNATURE_SUFFIX);
        try {
            Files.writeString(signatureFile, signature + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw ToolException.input("could not write " + signatureFile + ": " + e.getMessage(), e);
        }
        out.println("Signed " + manifest.id() + " " + manifest.version() + " (sha256 " + inspected.sha256() + ") as publisher "
                + publisher);
        out.println("Wrote " + signatureFile);
        out.println(signature);
        return ExitCodes.OK;
    }

    /**
     * Signs and, when keygen's {@code <publisher>.pub} lies next to the key, checks the signature against it:
     * signing with another publisher's key would otherwise only show up as a refusal on the server.
     */
    static String sign(PrivateKey key, Path keyFile, String publisher, InspectedJar jar) throws ToolException {
        PluginManifest manifest = jar.manifest();
        String signature = PluginSignatures.sign(key, manifest.id(), manifest.version(), jar.sha256());
        Path publicFile = keyFile.resolveSibling(publisher + KeyFiles.PUBLIC_SUFFIX);
        if (Files.isRegularFile(publicFile)) {
            String publicKey = PluginSignatures.encodePublic(KeyFiles.readPublic(publicFile));
            try {
                PluginSignatures.verify(TrustedPublishers.parse(publisher + "=" + publicKey), publisher, signature,
                        manifest.id(), manifest.version(), jar.sha256());
            } catch (PluginRejectedException e) {
                throw ToolException.input("the key " + keyFile + " does not belong to publisher '" + publisher + "' (it does not match "
                        + publicFile + ")", e);
            }
        }
        return signature;
    }

    private static Path singleJar(List<String> positionals) throws ToolException {
        if (positionals.isEmpty()) {
            throw ToolException.input("sign: name the plugin jar to sign");
        }
        if (positionals.size() > 1) {
            throw ToolException.input("sign: one plugin jar at a time (got " + positionals.size() + ")");
        }
        return Path.of(positionals.get(0));
    }
}
