package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.platform.plugin.packaging.internal.BoundedStreams;
import io.custodian.platform.plugin.packaging.internal.Downloads;
import io.custodian.platform.plugin.packaging.internal.RelativeFileNames;
import io.custodian.platform.plugin.packaging.internal.SizeLimitExceededException;
import io.custodian.platform.plugin.packaging.internal.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A marketplace in a local folder: {@code index.json} at its root, jars at the relative paths the index names.
 * Files are resolved inside the folder only; a name or symbolic link leading outside it is refused.
 */
public final class FolderMarketplaceSource implements MarketplaceSource {

    private final Path folder;

    /** @param folder the marketplace folder; it need not exist yet ({@link #index()} reports it missing) */
    public FolderMarketplaceSource(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public String location() {
        return folder.toString();
    }

    @Override
    public MarketplaceIndex index() throws PluginRejectedException {
        Path index = folder.resolve(MarketplaceSources.INDEX_FILE);
        if (!Files.isRegularFile(index)) {
            throw new PluginRejectedException(Reason.NOT_FOUND, "The marketplace folder " + folder + " has no "
                    + MarketplaceSources.INDEX_FILE + ".");
        }
        byte[] json;
        try (InputStream in = Files.newInputStream(index)) {
            json = BoundedStreams.readAll(in, MarketplaceIndexParser.MAX_INDEX_BYTES);
        } catch (SizeLimitExceededException e) {
            throw Downloads.tooLarge("the marketplace index " + index, MarketplaceIndexParser.MAX_INDEX_BYTES);
        } catch (IOException e) {
            throw new PluginRejectedException(Reason.DOWNLOAD_FAILED, "The marketplace index " + index + " cannot be read.", e);
        }
        return MarketplaceIndexParser.parse(json);
    }

    @Override
    public Path download(MarketplaceVersion version, Path targetDir, long maxBytes) throws PluginRejectedException {
        Path source = resolveInside(version.file());
        String what = "the plugin file " + version.file() + " of the marketplace " + folder;
        if (version.size() > maxBytes) {
            throw Downloads.tooLarge(what, maxBytes);
        }
        return Downloads.save(targetDir, RelativeFileNames.lastSegment(version.file()), what, temporary -> {
            try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(temporary)) {
                BoundedStreams.copy(in, out, maxBytes);
            } catch (SizeLimitExceededException e) {
                throw Downloads.tooLarge(what, maxBytes);
            }
        });
    }

    /** The real path of {@code file} inside the folder, after checking it stays there. */
    private Path resolveInside(String file) throws PluginRejectedException {
        Optional<String> problem = RelativeFileNames.problem(file);
        if (problem.isPresent()) {
            throw new PluginRejectedException(Reason.UNSAFE_ENTRY, "The marketplace file " + Texts.quote(file)
                    + " is refused: " + problem.get() + ".");
        }
        Path resolved = folder.resolve(file).normalize();
        if (!resolved.startsWith(folder)) {
            throw new PluginRejectedException(Reason.UNSAFE_ENTRY, "The marketplace file " + Texts.quote(file)
                    + " lies outside the marketplace folder " + folder + ".");
        }
        Path real;
        try {
            // Symbolic links are followed here and checked again: a link inside the folder may point anywhere.
            real = resolved.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                throw new PluginRejectedException(Reason.UNSAFE_ENTRY, "The marketplace file " + Texts.quote(file)
                        + " is a link to a place outside the marketplace folder " + folder + ".");
            }
        } catch (NoSuchFileException e) {
            throw notFound(file);
        } catch (IOException e) {
            throw new PluginRejectedException(Reason.DOWNLOAD_FAILED, "The marketplace file " + Texts.quote(file)
                    + " cannot be read.", e);
        }
        if (!Files.isRegularFile(real)) {
            throw notFound(file);
        }
        return real;
    }

    private PluginRejectedException notFound(String file) {
        return new PluginRejectedException(Reason.NOT_FOUND, "The marketplace folder " + folder + " has no file "
                + Texts.quote(file) + ".");
    }

    @Override
    public String toString() {
        return "FolderMarketplaceSource[" + folder + "]";
    }
}
