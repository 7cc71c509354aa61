package io.custodian.platform.plugin.pf4j.internal;

import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorSession;

/** A plugin's connector as the agent hands it out: every call, and every call on its sessions, goes through the plugin's gate. */
public final class GatedConnector implements Connector {

    private final Gated<Connector> connector;

    /** Wraps {@code connector}. */
    public GatedConnector(Gated<Connector> connector) {
        this.connector = connector;
    }

    @Override
    public ConnectorDescriptor describe() {
        return connector.call("describe", Connector::describe);
    }

    @Override
    public ConnectionTestResult testConnection(ConnectionSettings settings) {
        return connector.call("testConnection", c -> c.testConnection(settings));
    }

    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        ConnectorSession session = connector.call("open", c -> c.open(settings));
        return new GatedConnectorSession(new Gated<>(connector.gate(), session));
    }

    /** Does nothing: the loader started the extension when it loaded the plugin. */
    @Override
    public void start(PluginContext context) {
        // started by the loader
    }

    /** Does nothing: the loader stops the extension when it unloads the plugin. */
    @Override
    public void stop() {
        // stopped by the loader
    }

    @Override
    public String toString() {
        return "connector of plugin " + connector.gate().pluginId();
    }
}
