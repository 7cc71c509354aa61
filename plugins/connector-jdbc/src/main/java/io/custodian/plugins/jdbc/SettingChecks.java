package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;

/** The checks every database connector applies to its settings, each failing as INVALID_SETTINGS with a sentence. */
public final class SettingChecks {

    private SettingChecks() {
    }

    /** The non-secret setting {@code name}, stripped; missing or blank is refused. */
    public static String required(ConnectionSettings settings, String name) {
        String value = settings.property(name).map(String::strip).orElse("");
        if (value.isEmpty()) {
            throw invalid("the setting " + name + " is required");
        }
        return value;
    }

    /** {@code text} as a TCP port, 1 to 65535. */
    public static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid("the port must be a number from 1 to 65535, not " + text);
    }

    /** A refusal of the settings, for the user to fix. */
    public static ConnectorException invalid(String message) {
        return new ConnectorException(Diagnosis.INVALID_SETTINGS, message);
    }
}
