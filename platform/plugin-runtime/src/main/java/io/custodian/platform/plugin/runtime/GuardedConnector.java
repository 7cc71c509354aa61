package io.custodian.platform.plugin.runtime;

import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.platform.plugin.runtime.internal.ConnectorGuard;
import io.custodian.platform.plugin.runtime.internal.GuardedConnectorSession;
import java.util.Objects;
import java.util.Set;

/**
 * A plugin's {@link Connector} as the platform uses it. Every call, and every call on the sessions it opens, runs
 * through the plugin's {@link PluginCallGuard}:
 * <ul>
 *   <li>without {@link Scope#NETWORK_CONNECT} the plugin is never handed settings: {@link #testConnection} and
 *       {@link #open} fail with {@link FailureKind#SCOPE_DENIED}, and the guard's {@link ScopeDenialListener} is told;</li>
 *   <li>streams of containers and assets are lazy: each element is fetched by its own guarded call (so a
 *       connector that hangs midway times out), and closing the stream closes the plugin's stream through the guard;</li>
 *   <li>a session that arrives after its caller gave up (the open timed out) is closed on the plugin's worker;</li>
 *   <li>a {@link ConnectorException} thrown by the plugin reaches the caller as a {@link ConnectorException} with the
 *       same diagnosis; every other failure as a {@link PluginCallException}; a {@code null} answer fails with
 *       {@link FailureKind#INVALID_OUTPUT}.</li>
 * </ul>
 * {@link #describe()} asks the plugin once.
 */
public final class GuardedConnector extends GuardedExtension<Connector, ConnectorDescriptor> implements Connector {

    private final ConnectorGuard connectorGuard;
    private final boolean networkGranted;

    private GuardedConnector(Connector delegate, PluginCallGuard guard, Set<Scope> granted) {
        super(delegate, guard, Connector::describe, "connector description");
        this.connectorGuard = new ConnectorGuard(guard);
        this.networkGranted = Objects.requireNonNull(granted, "granted").contains(Scope.NETWORK_CONNECT);
    }

    /**
     * Wraps a plugin's connector.
     *
     * @param delegate the plugin's connector
     * @param guard    the plugin's guard, whose {@link ScopeDenialListener} is told about refused connections
     * @param granted  the scopes granted to the plugin
     */
    public static GuardedConnector wrap(Connector delegate, PluginCallGuard guard, Set<Scope> granted) {
        return new GuardedConnector(delegate, guard, granted);
    }

    @Override
    public ConnectionTestResult testConnection(ConnectionSettings settings) {
        Objects.requireNonNull(settings, "settings");
        requireNetwork("testConnection");
        return connectorGuard.call("testConnection", "connection test result", () -> delegate.testConnection(settings));
    }

    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        Objects.requireNonNull(settings, "settings");
        requireNetwork("open");
        ConnectorSession session = connectorGuard.call("open", "session", () -> delegate.open(settings), ConnectorSession::close);
        return new GuardedConnectorSession(session, connectorGuard);
    }

    private void requireNetwork(String operation) {
        if (!networkGranted) {
            throw guard.denyScope(Scope.NETWORK_CONNECT, operation);
        }
    }

    /** A failure the connector diagnosed reaches the caller as a {@link ConnectorException}, as the connector API promises. */
    @Override
    RuntimeException translated(PluginCallException failure) {
        return ConnectorGuard.translated(failure);
    }
}
