package io.custodian.plugin.tools;

import io.custodian.platform.plugin.packaging.FolderMarketplaceSource;
import io.custodian.platform.plugin.packaging.InspectionLimits;
import io.custodian.platform.plugin.packaging.MarketplaceIndex;
import io.custodian.platform.plugin.packaging.MarketplacePlugin;
import io.custodian.platform.plugin.packaging.MarketplaceSources;
import io.custodian.platform.plugin.packaging.MarketplaceVersion;
import io.custodian.platform.plugin.packaging.PlatformVersion;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugin.packaging.PluginVerifier;
import io.custodian.platform.plugin.packaging.TrustedPublishers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code verify --trusted <name>=<public key> --dir <marketplace dir>}: checks every version in a marketplace
 * folder exactly as a host trusting those publishers would before installing it (checksum, signature,
 * trusted publisher, jar contents, manifest against the index, platform range), one line per version.
 */
final class VerifyCommand implements Command {

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String synopsis() {
        return "--trusted <name>=<public key> [--trusted ...] --dir <marketplace dir> [--platform <version>]\n"
                + "         check every entry as a host would; exit 1 if any is refused";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("trusted", "dir", "platform");
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws ToolException {
        Path dir = Path.of(line.required("dir"));
        TrustedPublishers trusted = trusted(line.all("trusted"));
        String platform = line.optional("platform").orElse(PlatformVersion.CURRENT);
        if (!Files.isDirectory(dir)) {
            throw ToolException.input("no marketplace folder at " + dir);
        }
        if (!Files.isRegularFile(dir.resolve(MarketplaceSources.INDEX_FILE))) {
            throw ToolException.input(dir + " has no " + MarketplaceSources.INDEX_FILE + "; create it with the index command");
        }
        FolderMarketplaceSource source = new FolderMarketplaceSource(dir);
        MarketplaceIndex index;
        try {
            index = source.index();
        } catch (PluginRejectedException e) {
            throw ToolException.input(dir.resolve(MarketplaceSources.INDEX_FILE) + " is not a valid marketplace index: " + e.getMessage(), e);
        }
        InspectionLimits limits = InspectionLimits.defaults();
        PluginVerifier verifier = new PluginVerifier(trusted, limits, platform);
        int checked = 0;
        int refused = 0;
        Path scratch = scratchDirectory();
        try {
            for (MarketplacePlugin plugin : index.plugins()) {
                for (MarketplaceVersion version : plugin.versions()) {
                    checked++;
                    String entry = plugin.id() + " " + version.version();
                    try {
                        Path jar = source.download(version, scratch, limits.maxJarBytes());
                        verifier.verifyFromMarketplace(jar, plugin, version);
                        out.println("OK       " + entry + " (" + version.file() + ", publisher " + plugin.publisher() + ")");
                    } catch (PluginRejectedException e) {
                        refused++;
                        out.println("REFUSED  " + entry + ": " + e.getMessage() + " [" + e.reason().code() + "]");
                    }
                }
            }
        } finally {
            deleteQuietly(scratch);
        }
        out.println(checked - refused + " of " + checked + " versions verified for platform " + platform + ", " + refused + " refused");
        return refused == 0 ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    private static TrustedPublishers trusted(List<String> entries) throws ToolException {
        if (entries.isEmpty()) {
            throw ToolException.input("verify: --trusted <name>=<public key> is required (repeat it for several publishers)");
        }
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw ToolException.input("--trusted expects <name>=<public key> as keygen prints it, got '" + entry + "'");
            }
        }
        try {
            return TrustedPublishers.parse(String.join(",", entries));
        } catch (RuntimeException e) {
            throw ToolException.input("--trusted is not a valid publisher key list: " + e.getMessage(), e);
        }
    }

    private static Path scratchDirectory() throws ToolException {
        try {
            return Files.createTempDirectory("custodian-verify-");
        } catch (IOException e) {
            throw ToolException.input("could not create a temporary directory: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Only temporary copies; the OS cleans the temp folder eventually.
        }
    }
}
