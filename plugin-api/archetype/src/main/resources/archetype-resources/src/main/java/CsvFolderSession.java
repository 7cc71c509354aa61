package ${package};

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ColumnStatistics;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** An open CSV folder. Files are read when asked, never kept: the session holds only the folder's path. */
final class CsvFolderSession implements ConnectorSession {

    private final Path folder;
    private final Container root;

    CsvFolderSession(Path folder) {
        this.folder = folder;
        this.root = new Container(List.of(String.valueOf(folder.getFileName() == null ? folder : folder.getFileName())),
                ContainerKind.FOLDER);
    }

    @Override
    public Stream<Container> containers(Container parent) {
        return parent == null ? Stream.of(root) : Stream.empty();
    }

    @Override
    public Stream<DataAsset> assets(Container container) {
        if (!root.equals(container)) {
            return Stream.empty();
        }
        try {
            // Files.list is lazy and holds a directory handle until the host closes the stream.
            return Files.list(folder)
                    .filter(file -> file.getFileName().toString().endsWith(".csv") && Files.isRegularFile(file))
                    .sorted()
                    .map(this::describe);
        } catch (IOException e) {
            throw new ConnectorException(Diagnosis.OTHER, "The folder " + folder + " could not be listed: " + e.getMessage(), e);
        }
    }

    @Override
    public TableStatistics statistics(DataAsset asset, List<String> columns) {
        CsvFile file = read(asset);
        List<ColumnStatistics> result = new ArrayList<>();
        for (String column : columns) {
            List<String> values = file.values(column);
            Set<String> distinct = new HashSet<>();
            long nulls = 0;
            long length = 0;
            String min = null;
            String max = null;
            for (String value : values) {
                if (value == null) {
                    nulls++;
                    continue;
                }
                distinct.add(value);
                length += value.length();
                min = min == null || value.compareTo(min) < 0 ? value : min;
                max = max == null || value.compareTo(max) > 0 ? value : max;
            }
            long present = values.size() - nulls;
            result.add(new ColumnStatistics(column, values.isEmpty() ? null : (double) nulls / values.size(), (long) distinct.size(),
                    false, min, max, present == 0 ? null : (double) length / present));
        }
        return new TableStatistics(file.rows().size(), result);
    }

    @Override
    public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
        CsvFile file = read(asset);
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < Math.min(maxRows, file.rows().size()); row++) {
            List<String> values = new ArrayList<>(columns.size());
            for (String column : columns) {
                values.add(file.rows().get(row).get(file.indexOf(column)));
            }
            rows.add(values);
        }
        return new Sample(columns, rows);
    }

    @Override
    public void close() {
        // Nothing is held open between calls.
    }

    @Override
    public String toString() {
        return "CsvFolderSession[" + folder + "]";
    }

    private DataAsset describe(Path file) {
        List<String> header = CsvFile.readHeader(file);
        List<ColumnInfo> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            columns.add(new ColumnInfo(header.get(i), i + 1, "text", true, null, null));
        }
        String changeToken;
        try {
            changeToken = Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The row count needs a full read; -1 (unknown) keeps listing a large folder cheap.
        return new DataAsset(root, file.getFileName().toString(), AssetKind.FILE, columns, List.of(), List.of(), null, null, -1,
                changeToken);
    }

    private CsvFile read(DataAsset asset) {
        Path file = folder.resolve(asset.name()).normalize();
        if (!file.getParent().equals(folder.normalize())) {
            throw new ConnectorException(Diagnosis.OTHER, "The asset " + asset.name() + " is not a file of " + folder + ".");
        }
        return CsvFile.read(file);
    }
}
