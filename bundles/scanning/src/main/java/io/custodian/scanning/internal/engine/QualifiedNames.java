package io.custodian.scanning.internal.engine;

import io.custodian.plugin.api.connector.ConnectorSession;
import java.util.List;

/**
 * The OpenLineage-style qualified names of one source's assets: the source itself is its namespace (the connector's,
 * or {@code custodian://source-<id>} when the connector cannot tell), a container or asset is
 * {@code namespace + "/" + datasetName(path)} as the connector spells dataset names, a column is its table's name
 * followed by {@code #} and the column's name. Used by the scan's reading thread only.
 */
final class QualifiedNames {

    private final ConnectorSession session;
    private final String namespace;

    private QualifiedNames(ConnectorSession session, String namespace) {
        this.session = session;
        this.namespace = namespace;
    }

    /** The names of the source {@code sourceId} read through {@code session}; asks the connector for its namespace once. */
    static QualifiedNames of(ConnectorSession session, long sourceId) {
        String namespace = session.namespace();
        return new QualifiedNames(session, namespace == null || namespace.isBlank() ? "custodian://source-" + sourceId : namespace);
    }

    /** The source's own qualified name. */
    String namespace() {
        return namespace;
    }

    /** The dataset name of a container path, or of a container path followed by an asset's name. */
    String datasetName(List<String> path) {
        return session.datasetName(path);
    }

    /** The qualified name of a dataset name. */
    String qualified(String datasetName) {
        return namespace + "/" + datasetName;
    }

    /** The qualified name of a column of the table, view or file {@code tableQualifiedName}. */
    static String column(String tableQualifiedName, String column) {
        return tableQualifiedName + "#" + column;
    }
}
