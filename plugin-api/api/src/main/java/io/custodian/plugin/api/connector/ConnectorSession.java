package io.custodian.plugin.api.connector;

import java.util.List;
import java.util.stream.Stream;

/**
 * An open connection to one source. Used by one scan at a time; the host closes it. Streams returned
 * here are lazy and hold source resources (cursors, file handles) until closed: the host closes each one.
 */
public interface ConnectorSession extends AutoCloseable {

    /**
     * The containers under {@code parent} (databases, schemas, folders); {@code null} for the top level.
     * Lazily produced.
     */
    Stream<Container> containers(Container parent);

    /**
     * The assets (tables, views, files) directly in {@code container}, with columns and keys, lazily
     * produced so a container with a hundred thousand tables never sits in memory at once.
     */
    Stream<DataAsset> assets(Container container);

    /**
     * Statistics of the named columns of {@code asset}, computed inside the source where the connector can
     * ({@link ConnectorCapability#STATISTICS_PUSHDOWN}): one aggregate query per asset, not a read of its rows.
     */
    TableStatistics statistics(DataAsset asset, List<String> columns);

    /**
     * At most {@code maxRows} rows of the named columns, using the source's own sampling where it has one.
     * Values are rendered as text; SQL NULL is {@code null}.
     */
    Sample sample(DataAsset asset, List<String> columns, int maxRows);

    /** Releases the connection. Must not throw for an already closed session. */
    @Override
    void close();
}
