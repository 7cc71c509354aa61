package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Describes a schema's listed tables as they are asked for: a chunk at a time with the dialect's bulk queries, or one by
 * one through {@link java.sql.DatabaseMetaData}. Only the current chunk's assets are held. A failure fails one element
 * and the walk goes on: a chunk whose bulk queries fail reports that failure once, then its tables are described one
 * by one, so a table the bulk queries trip over costs its chunk the speed, not its description.
 */
final class DescribedTables implements Iterator<DataAsset> {

    /** Reads one chunk of tables of a schema with a fixed number of queries. */
    @FunctionalInterface
    interface ChunkReader {
        List<DataAsset> read(List<ListedTable> chunk) throws SQLException;
    }

    private final Container container;
    private final List<ListedTable> tables;
    private final int chunkSize;
    private final ChunkReader bulk;
    private final MetaDataDescriber oneByOne;
    private final Deque<DataAsset> described = new ArrayDeque<>();
    private final Deque<ListedTable> undescribed = new ArrayDeque<>();
    private int nextChunk;

    /**
     * @param bulk     the chunk reader, or {@code null} to describe every table one by one
     * @param oneByOne the per-table reader
     */
    DescribedTables(Container container, List<ListedTable> tables, int chunkSize, ChunkReader bulk, MetaDataDescriber oneByOne) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunks hold at least one table: " + chunkSize);
        }
        this.container = container;
        this.tables = List.copyOf(tables);
        this.chunkSize = chunkSize;
        this.bulk = bulk;
        this.oneByOne = oneByOne;
    }

    @Override
    public boolean hasNext() {
        return !described.isEmpty() || !undescribed.isEmpty() || nextChunk < tables.size();
    }

    @Override
    public DataAsset next() {
        while (described.isEmpty() && undescribed.isEmpty()) {
            if (nextChunk >= tables.size()) {
                throw new NoSuchElementException();
            }
            List<ListedTable> chunk = tables.subList(nextChunk, Math.min(nextChunk + chunkSize, tables.size()));
            // Moved past before reading: a failed chunk is not read in bulk again.
            nextChunk += chunk.size();
            if (bulk == null) {
                undescribed.addAll(chunk);
            } else {
                readInBulk(chunk);
            }
        }
        if (!described.isEmpty()) {
            return described.poll();
        }
        ListedTable table = undescribed.poll();
        return JdbcFailures.unchecked(() -> oneByOne.describe(container.name(), table).toAsset(container, table));
    }

    private void readInBulk(List<ListedTable> chunk) {
        try {
            described.addAll(JdbcFailures.unchecked(() -> bulk.read(chunk)));
        } catch (RuntimeException e) {
            undescribed.addAll(chunk);
            throw e;
        }
    }
}
