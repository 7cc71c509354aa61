package io.custodian.plugin.api.connector;

import java.util.List;
import java.util.Objects;
import java.util.Set;
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
     * The names, kinds and change tokens of the assets directly in {@code container}, without describing them: the
     * cheap first half of an incremental scan. The platform compares the tokens with those it stored and then asks
     * {@link #assets(Container, Set)} for the assets whose token moved. Lists every asset {@link #assets(Container)}
     * would, so it is a complete enumeration of the container. A connector with
     * {@link ConnectorCapability#CHANGE_DETECTION} should answer it from one query of the source's catalog; the default
     * describes every asset to read its token, which is correct but saves nothing.
     *
     * @since 1.1
     */
    default Stream<AssetToken> changeTokens(Container container) {
        return assets(container).filter(Objects::nonNull)
                .map(asset -> new AssetToken(asset.name(), asset.kind(), asset.changeToken()));
    }

    /**
     * The assets of {@code container} named in {@code names}, described as {@link #assets(Container)} would; names
     * that are not there (any more) are left out. The default filters {@link #assets(Container)}; a connector should
     * describe only the named ones.
     *
     * @since 1.1
     */
    default Stream<DataAsset> assets(Container container, Set<String> names) {
        Set<String> wanted = Set.copyOf(names);
        return assets(container).filter(asset -> asset != null && wanted.contains(asset.name()));
    }

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

    /**
     * The OpenLineage namespace of the source this session reads, for example {@code postgres://db.example.com:5432},
     * {@code mysql://db.example.com:3306} or {@code file:///data}. The platform builds every asset's qualified name as
     * {@code namespace + "/" + datasetName(path)}, so other tools that follow the OpenLineage naming convention refer to
     * the same datasets. {@code null} (the default) when the connector cannot tell; the platform then uses
     * {@code custodian://<source id>}.
     *
     * @since 1.1
     */
    default String namespace() {
        return null;
    }

    /**
     * The OpenLineage dataset name of a container path followed by an asset name, for example
     * {@code [sales, public, orders]} becomes {@code sales.public.orders}. The default joins the names with {@code .}
     * as the convention does for databases; a file store joins them with {@code /}, and a connector whose top container
     * is not part of the convention's name (a MySQL server) leaves it out.
     *
     * @since 1.1
     */
    default String datasetName(List<String> path) {
        return String.join(".", path);
    }

    /** Releases the connection. Must not throw for an already closed session. */
    @Override
    void close();
}
