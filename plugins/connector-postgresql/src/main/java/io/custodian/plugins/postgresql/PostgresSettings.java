package io.custodian.plugins.postgresql;

import static io.custodian.plugins.jdbc.SettingChecks.invalid;
import static io.custodian.plugins.jdbc.SettingChecks.port;
import static io.custodian.plugins.jdbc.SettingChecks.required;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugins.jdbc.JdbcTarget;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The PostgreSQL connector's settings: {@code host}, {@code port} (default 5432), {@code database}, {@code user},
 * the secret {@code password} and {@code sslmode} (libpq's values, default {@code prefer}).
 */
final class PostgresSettings {

    /** The settings' JSON Schema, as {@link PostgresConnector#describe()} reports it. */
    static final String SCHEMA = """
            {"type": "object",
             "properties": {
               "host": {"type": "string", "title": "Host"},
               "port": {"type": "integer", "title": "Port", "default": 5432, "minimum": 1, "maximum": 65535},
               "database": {"type": "string", "title": "Database"},
               "user": {"type": "string", "title": "User"},
               "password": {"type": "string", "title": "Password", "writeOnly": true},
               "sslmode": {"type": "string", "title": "SSL mode",
                           "enum": ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"], "default": "prefer"}},
             "required": ["host", "database", "user"],
             "additionalProperties": false}""";

    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    /** Seconds to wait for the TCP connection and the login; the kit allows 30 s per call. */
    private static final String CONNECT_TIMEOUT_SECONDS = "10";

    private PostgresSettings() {
    }

    /** The connection target for {@code settings}, or {@link Diagnosis#INVALID_SETTINGS} with what is wrong. */
    static JdbcTarget target(ConnectionSettings settings) {
        String host = required(settings, "host");
        if (!host.matches("[A-Za-z0-9.\\-_:\\[\\]]+")) {
            throw invalid("the host must be a host name or an IP address");
        }
        int port = port(settings.property("port").orElse("5432"));
        String database = required(settings, "database");
        String user = required(settings, "user");
        String sslMode = settings.property("sslmode").map(String::strip).orElse("prefer");
        if (!SSL_MODES.contains(sslMode)) {
            throw invalid("sslmode must be one of " + SSL_MODES.stream().sorted().toList());
        }
        String password = settings.secret("password").orElse("");
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("sslmode", sslMode);
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("ApplicationName", "Custodian");
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
        return new JdbcTarget(new org.postgresql.Driver(), url, properties, host + ":" + port + "/" + database, List.of(password));
    }
}
