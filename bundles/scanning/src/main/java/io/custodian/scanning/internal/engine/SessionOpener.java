package io.custodian.scanning.internal.engine;

import io.custodian.plugin.api.connector.ConnectorSession;

/** Opens a new session on the source a run scans (the run's reading session, and one per statistics worker). */
@FunctionalInterface
public interface SessionOpener {

    /**
     * A new session; the caller closes it.
     *
     * @throws RuntimeException with the connector's or the data source's reason when the source cannot be opened
     */
    ConnectorSession open();
}
