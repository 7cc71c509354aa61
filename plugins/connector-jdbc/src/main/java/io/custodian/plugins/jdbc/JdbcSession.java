package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A session on one JDBC connection. Containers: the connected database at the top ({@code [database]}),
 * its schemas below ({@code [database, schema]}); assets live in schemas.
 */
public final class JdbcSession implements ConnectorSession {

    private final Connection connection;
    private final String database;
    private final String description;
    private final JdbcDialect dialect;
    private final JdbcCatalog catalog;
    private final JdbcStatistics statistics;
    private final JdbcSampler sampler;

    /**
     * A session owning {@code connection}.
     *
     * @param database    the database's name, the top container
     * @param description how {@link #toString()} names the source; no secrets
     */
    public JdbcSession(Connection connection, JdbcDialect dialect, String database, String description) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.database = Objects.requireNonNull(database, "database");
        this.description = description;
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.catalog = new JdbcCatalog(connection, dialect);
        this.statistics = new JdbcStatistics(connection, dialect);
        this.sampler = new JdbcSampler(connection, dialect);
    }

    @Override
    public Stream<Container> containers(Container parent) {
        if (parent == null) {
            return Stream.of(new Container(List.of(database), ContainerKind.DATABASE));
        }
        if (parent.kind() != ContainerKind.DATABASE || !parent.path().equals(List.of(database))) {
            return Stream.empty();
        }
        return JdbcFailures.unchecked(catalog::schemas).stream()
                .map(schema -> new Container(List.of(database, schema), ContainerKind.SCHEMA));
    }

    @Override
    public Stream<DataAsset> assets(Container container) {
        if (!isSchemaHere(container)) {
            return Stream.empty();
        }
        return JdbcFailures.unchecked(() -> catalog.assets(container));
    }

    /** Describes only the named tables, chunked like {@link #assets(Container)}. */
    @Override
    public Stream<DataAsset> assets(Container container, Set<String> names) {
        if (!isSchemaHere(container) || names.isEmpty()) {
            return Stream.empty();
        }
        return JdbcFailures.unchecked(() -> catalog.assets(container, names));
    }

    /** One query of the database's catalog where the dialect has it; otherwise every table is described for its token. */
    @Override
    public Stream<AssetToken> changeTokens(Container container) {
        if (!isSchemaHere(container)) {
            return Stream.empty();
        }
        if (!dialect.listsChangeTokens()) {
            return ConnectorSession.super.changeTokens(container);
        }
        return JdbcFailures.unchecked(() -> catalog.changeTokens(container)).stream();
    }

    /** Assets live in the schemas of this session's database. */
    private boolean isSchemaHere(Container container) {
        return container.kind() == ContainerKind.SCHEMA && container.path().size() == 2 && container.path().get(0).equals(database);
    }

    @Override
    public TableStatistics statistics(DataAsset asset, List<String> columns) {
        return JdbcFailures.unchecked(() -> statistics.of(asset, columns));
    }

    @Override
    public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
        return JdbcFailures.unchecked(() -> sampler.sample(asset, columns, maxRows));
    }

    /** From the connection's URL as the driver reports it (without credentials, which go in properties). */
    @Override
    public String namespace() {
        return JdbcFailures.unchecked(() -> dialect.namespace(connection.getMetaData().getURL()));
    }

    @Override
    public String datasetName(List<String> path) {
        return dialect.datasetName(path);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing an already broken connection: nothing left to release.
        }
    }

    @Override
    public String toString() {
        return "JdbcSession[" + description + "]";
    }
}
