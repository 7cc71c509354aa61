package io.custodian.plugins.files;

import io.custodian.plugin.api.PluginLog;
import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ColumnStatistics;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A session on one folder. Containers and file names are listed per folder (names only, sorted); each file
 * is read for its columns only when the asset stream reaches it. Statistics read the whole file once;
 * samples are a reservoir of up to {@value #MAX_SAMPLE_ROWS} rows taken from the first
 * {@value #SAMPLE_SCAN_ROWS} rows, so sampling a huge file stays bounded. A file that cannot be read while
 * listing fails its own element of the asset stream with a {@link ConnectorException}; the stream goes on with
 * the next file, so one bad file never stops a scan, and the scan knows the folder was not listed completely.
 */
final class FilesSession implements ConnectorSession {

    static final int MAX_SAMPLE_ROWS = 10_000;
    static final int SAMPLE_SCAN_ROWS = 100_000;

    private final FolderTree tree;
    private final PluginLog log;
    private volatile boolean closed;

    FilesSession(FilesSettings settings, PluginLog log) {
        this.tree = new FolderTree(settings);
        this.log = log;
    }

    @Override
    public Stream<Container> containers(Container parent) {
        requireOpen();
        return parent == null ? Stream.of(tree.root()) : tree.children(parent);
    }

    @Override
    public Stream<DataAsset> assets(Container container) {
        requireOpen();
        return tree.files(container).map(file -> inspect(container, file)).flatMap(Optional::stream);
    }

    /**
     * The files' tokens from their attributes alone, without reading them. Empty files are left out, as
     * {@link #assets(Container)} leaves them out (no columns).
     */
    @Override
    public Stream<AssetToken> changeTokens(Container container) {
        requireOpen();
        return tree.files(container).flatMap(file -> {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return attributes.size() == 0 ? Stream.empty()
                        : Stream.of(new AssetToken(file.getFileName().toString(), AssetKind.FILE, FileInspector.changeToken(attributes)));
            } catch (IOException e) {
                throw readFailure(file, e);
            }
        });
    }

    /** Reads only the named files. */
    @Override
    public Stream<DataAsset> assets(Container container, Set<String> names) {
        requireOpen();
        Set<String> wanted = Set.copyOf(names);
        return tree.files(container).filter(file -> wanted.contains(file.getFileName().toString()))
                .map(file -> inspect(container, file)).flatMap(Optional::stream);
    }

    @Override
    public TableStatistics statistics(DataAsset asset, List<String> columns) {
        requireOpen();
        Path file = tree.file(asset);
        try (RowReader reader = open(file, asset)) {
            int[] indexes = indexes(reader, asset, columns);
            List<ColumnProfiler> profilers = new ArrayList<>();
            for (String column : columns) {
                profilers.add(new ColumnProfiler(column, dataType(asset, column)));
            }
            long rows = 0;
            Row row;
            while ((row = reader.next()) != null) {
                rows++;
                for (int i = 0; i < indexes.length; i++) {
                    profilers.get(i).add(value(row, indexes[i]));
                }
            }
            List<ColumnStatistics> result = new ArrayList<>();
            for (ColumnProfiler profiler : profilers) {
                result.add(profiler.result(rows));
            }
            return new TableStatistics(rows, result);
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    @Override
    public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
        requireOpen();
        Path file = tree.file(asset);
        int capacity = Math.max(0, Math.min(maxRows, MAX_SAMPLE_ROWS));
        try (RowReader reader = open(file, asset)) {
            int[] indexes = indexes(reader, asset, columns);
            Reservoir<List<String>> reservoir = new Reservoir<>(capacity, seed(file));
            Row row;
            for (int scanned = 0; capacity > 0 && scanned < SAMPLE_SCAN_ROWS && (row = reader.next()) != null; scanned++) {
                String[] picked = new String[indexes.length];
                for (int i = 0; i < indexes.length; i++) {
                    picked[i] = value(row, indexes[i]);
                }
                reservoir.offer(Arrays.asList(picked));
            }
            return new Sample(columns, reservoir.inStreamOrder());
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /** OpenLineage: {@code file://} and the absolute folder that holds the root. */
    @Override
    public String namespace() {
        return tree.namespace();
    }

    /** A file store's dataset name is its path below the namespace: names joined with {@code /}. */
    @Override
    public String datasetName(List<String> path) {
        return String.join("/", path);
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "FilesSession[" + tree.root().name() + (closed ? ", closed" : "") + "]";
    }

    private Optional<DataAsset> inspect(Container container, Path file) {
        try {
            Optional<DataAsset> asset = FileInspector.inspect(container, file, FileFormat.of(file.getFileName().toString()).orElseThrow());
            if (asset.isEmpty()) {
                log.warn("left out " + file + ": no columns found (empty, or no JSON object on any line)");
            }
            return asset;
        } catch (IOException e) {
            // Thrown, not left out: a scan must know the folder's listing is incomplete, or it would
            // take the unreadable file for a deleted one.
            throw readFailure(file, e);
        }
    }

    private RowReader open(Path file, DataAsset asset) throws IOException {
        List<String> known = asset.columns().stream().map(ColumnInfo::name).toList();
        return RowReaders.open(file, FileFormat.of(asset.name()).orElseThrow(() ->
                new ConnectorException(Diagnosis.OTHER, "the file " + asset.name() + " is not CSV, TSV or JSON Lines")), known);
    }

    private static int[] indexes(RowReader reader, DataAsset asset, List<String> columns) {
        int[] indexes = new int[columns.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = reader.columns().indexOf(columns.get(i));
            if (indexes[i] < 0) {
                throw new ConnectorException(Diagnosis.OTHER, "the file " + asset.name() + " has no column " + columns.get(i));
            }
        }
        return indexes;
    }

    private static String value(Row row, int index) {
        return index < row.values().length ? row.values()[index] : null;
    }

    private static String dataType(DataAsset asset, String column) {
        return asset.columns().stream().filter(c -> c.name().equals(column)).map(ColumnInfo::dataType).findFirst()
                .orElse(ColumnTypeGuess.STRING);
    }

    /** The same file, unchanged, gives the same sample. */
    private static long seed(Path file) throws IOException {
        return file.toString().hashCode() * 31L + Files.size(file) * 17L + Files.getLastModifiedTime(file).toMillis();
    }

    private static ConnectorException readFailure(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new ConnectorException(Diagnosis.PERMISSION_MISSING, "the file " + file + " may not be read", e);
        }
        return new ConnectorException(Diagnosis.OTHER, "the file " + file + " cannot be read: " + e.getMessage(), e);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the session on " + tree.root().name() + " is closed");
        }
    }
}
