package io.custodian.plugins.files;

import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Maps containers to folders and assets to files under the configured root, and back. The root is the one
 * top-level container, named after the folder; each subfolder is a container one level deeper. Only plain
 * names are accepted in container paths and asset names ({@code ..}, separators and hidden names are
 * refused), and symbolic links are never followed, so nothing outside the root can be reached through a
 * crafted container or a link. Hidden entries (names starting with a dot) are left out.
 */
final class FolderTree {

    private final FilesSettings settings;
    private final String rootName;

    FolderTree(FilesSettings settings) {
        this.settings = settings;
        Path name = settings.root().getFileName();
        this.rootName = name == null ? settings.root().toString() : name.toString();
    }

    Container root() {
        return new Container(List.of(rootName), ContainerKind.FOLDER);
    }

    /** {@code file://} followed by the absolute path of the folder holding the root ({@code file:///data}). */
    String namespace() {
        Path parent = settings.root().toAbsolutePath().normalize().getParent();
        String folder = parent == null ? "" : parent.toUri().getPath();
        return "file://" + (folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder);
    }

    /** The subfolders of {@code parent}, by name. */
    Stream<Container> children(Container parent) {
        Path folder = folder(parent);
        List<Container> children = new ArrayList<>();
        for (String name : sortedEntries(folder)) {
            if (Files.isDirectory(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                List<String> path = new ArrayList<>(parent.path());
                path.add(name);
                children.add(new Container(path, ContainerKind.FOLDER));
            }
        }
        return children.stream();
    }

    /** The readable-format, included files directly in {@code container}, by name. */
    Stream<Path> files(Container container) {
        Path folder = folder(container);
        List<Path> files = new ArrayList<>();
        for (String name : sortedEntries(folder)) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && FileFormat.of(name).isPresent()
                    && settings.includes(settings.root().relativize(file))) {
                files.add(file);
            }
        }
        return files.stream();
    }

    /** The file of a catalogued asset. */
    Path file(DataAsset asset) {
        requirePlainName(asset.name());
        Path file = folder(asset.container()).resolve(asset.name());
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConnectorException(Diagnosis.OTHER, "the file " + asset.name() + " no longer exists in " + asset.container().path());
        }
        return file;
    }

    /** The folder of a container. */
    Path folder(Container container) {
        List<String> path = container.path();
        if (!path.get(0).equals(rootName)) {
            throw new ConnectorException(Diagnosis.OTHER, "the container " + path + " is not under the folder " + rootName);
        }
        Path folder = settings.root();
        for (String name : path.subList(1, path.size())) {
            requirePlainName(name);
            folder = folder.resolve(name);
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConnectorException(Diagnosis.OTHER, "the folder " + path + " no longer exists");
        }
        return folder;
    }

    private static void requirePlainName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.startsWith(".") || name.contains("/")
                || name.contains("\\") || name.indexOf('\0') >= 0) {
            throw new ConnectorException(Diagnosis.OTHER, "not a plain file or folder name: " + name);
        }
    }

    /** Names in a folder, sorted so that every listing is in the same order; hidden names left out. */
    private static List<String> sortedEntries(Path folder) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".")) {
                    names.add(name);
                }
            }
        } catch (AccessDeniedException e) {
            throw new ConnectorException(Diagnosis.PERMISSION_MISSING, "the folder " + folder + " may not be listed");
        } catch (IOException e) {
            throw new ConnectorException(Diagnosis.OTHER, "the folder " + folder + " cannot be listed: " + e.getMessage());
        }
        Collections.sort(names);
        return names;
    }
}
