package io.custodian.plugin.tools;

import io.custodian.platform.plugin.packaging.InspectedJar;
import io.custodian.platform.plugin.packaging.MarketplaceIndex;
import io.custodian.platform.plugin.packaging.MarketplaceIndexParser;
import io.custodian.platform.plugin.packaging.MarketplaceIndexWriter;
import io.custodian.platform.plugin.packaging.MarketplaceSources;
import io.custodian.platform.plugin.packaging.MarketplaceVersion;
import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code index --dir <marketplace dir> --key <file> --publisher <name> [jars...]}: copies plugin jars into a
 * marketplace folder as {@code <id>-<version>.jar}, signs each and writes or updates {@code index.json}.
 * Nothing in the folder changes unless every jar passes, so a refused jar never leaves a half-updated index.
 */
final class IndexCommand implements Command {

    @Override
    public String name() {
        return "index";
    }

    @Override
    public String synopsis() {
        return "--dir <marketplace dir> --key <file> --publisher <name> [--name <title>] [--replace] [plugin.jar...]\n"
                + "         copy the jars in as <id>-<version>.jar, sign them and write or update index.json";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("dir", "key", "publisher", "name");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("replace");
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws ToolException {
        Path dir = Path.of(line.required("dir"));
        Path keyFile = Path.of(line.required("key"));
        String publisher = PublisherNames.check(line.required("publisher"));
        boolean replace = line.flag("replace");
        PrivateKey key = KeyFiles.readPrivate(keyFile);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw ToolException.input("--dir " + dir + " is a file, not a directory");
        }
        Path indexFile = dir.resolve(MarketplaceSources.INDEX_FILE);
        MarketplaceIndex existing = Files.exists(indexFile) ? read(indexFile) : new MarketplaceIndex(publisher + " plugins", List.of());
        IndexEditor editor = new IndexEditor(existing);
        line.optional("name").ifPresent(editor::rename);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Copy> copies = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (String argument : line.positionals()) {
            Path jar = Path.of(argument);
            InspectedJar inspected = PluginJars.inspect(jar);
            PluginManifest manifest = inspected.manifest();
            String file = manifest.id() + "-" + manifest.version() + ".jar";
            String signature = SignCommand.sign(key, keyFile, publisher, inspected);
            MarketplaceVersion version = new MarketplaceVersion(manifest.version(), file, inspected.sha256(), signature,
                    manifest.scopes(), manifest.platformRange(), inspected.size(), now);
            IndexEditor.Outcome outcome = editor.add(publisher, manifest, version, replace);
            copies.add(new Copy(jar, dir.resolve(file)));
            report.add(describe(outcome) + " " + manifest.id() + " " + manifest.version() + " as " + file + " (sha256 "
                    + inspected.sha256() + ", signed by " + publisher + ")");
        }
        MarketplaceIndex updated = editor.build();
        byte[] json = MarketplaceIndexWriter.write(updated);
        try {
            // Read back what we are about to publish: hosts parse it with this same code.
            MarketplaceIndexParser.parse(json);
        } catch (PluginRejectedException e) {
            throw ToolException.input("the updated index would be refused by hosts: " + e.getMessage(), e);
        }
        publish(dir, copies, indexFile, json);
        report.forEach(out::println);
        long versions = updated.plugins().stream().mapToLong(p -> p.versions().size()).sum();
        out.println("Wrote " + indexFile + " (" + updated.plugins().size() + " plugins, " + versions + " versions)");
        return ExitCodes.OK;
    }

    private static MarketplaceIndex read(Path indexFile) throws ToolException {
        try {
            return MarketplaceIndexParser.parse(Files.readAllBytes(indexFile));
        } catch (PluginRejectedException e) {
            throw ToolException.input("the existing " + indexFile + " is not a valid marketplace index: " + e.getMessage(), e);
        } catch (IOException e) {
            throw ToolException.input("could not read " + indexFile + ": " + e.getMessage(), e);
        }
    }

    private static void publish(Path dir, List<Copy> copies, Path indexFile, byte[] json) throws ToolException {
        try {
            Files.createDirectories(dir);
            for (Copy copy : copies) {
                if (!Files.exists(copy.target()) || !Files.isSameFile(copy.source(), copy.target())) {
                    Files.copy(copy.source(), copy.target(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // Written beside and moved over, so a host reading the folder meanwhile sees the old or the new index, never half.
            Path temporary = Files.createTempFile(dir, ".index-", ".json");
            Files.write(temporary, json);
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                // createTempFile makes it owner-only; the host may read the folder as another user.
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, indexFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw ToolException.input("could not update the marketplace folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String describe(IndexEditor.Outcome outcome) {
        return switch (outcome) {
            case ADDED -> "Added";
            case REPLACED -> "Replaced";
            case RESIGNED -> "Re-signed";
        };
    }

    private record Copy(Path source, Path target) {
    }
}
