package io.custodian.plugins.mariadb;

import static io.custodian.plugins.jdbc.SettingChecks.invalid;
import static io.custodian.plugins.jdbc.SettingChecks.port;
import static io.custodian.plugins.jdbc.SettingChecks.required;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugins.jdbc.JdbcTarget;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The MariaDB/MySQL connector's settings: {@code host}, {@code port} (default 3306), the optional {@code database}
 * (empty: every non-system database), {@code user}, the secret {@code password} and {@code tls} (require a verified
 * TLS connection, default false).
 */
final class MariaDbSettings {

    /** The settings' JSON Schema, as {@link MariaDbConnector#describe()} reports it. */
    static final String SCHEMA = """
            {"type": "object",
             "properties": {
               "host": {"type": "string", "title": "Host"},
               "port": {"type": "integer", "title": "Port", "default": 3306, "minimum": 1, "maximum": 65535},
               "database": {"type": "string", "title": "Database", "description": "Empty: every non-system database of the server"},
               "user": {"type": "string", "title": "User"},
               "password": {"type": "string", "title": "Password", "writeOnly": true},
               "tls": {"type": "boolean", "title": "Require TLS", "default": false}},
             "required": ["host", "user"],
             "additionalProperties": false}""";

    /** Milliseconds to wait for the TCP connection and the login (the driver counts in ms); the kit allows 30 s per call. */
    private static final String CONNECT_TIMEOUT_MILLIS = "10000";

    private final JdbcTarget target;
    private final Optional<String> database;

    private MariaDbSettings(JdbcTarget target, Optional<String> database) {
        this.target = target;
        this.database = database;
    }

    /** The connection target. */
    JdbcTarget target() {
        return target;
    }

    /** The one database (MySQL schema) to catalogue, or empty for all non-system ones. */
    Optional<String> database() {
        return database;
    }

    /** Validated settings, or {@link Diagnosis#INVALID_SETTINGS} with what is wrong. */
    static MariaDbSettings of(ConnectionSettings settings) {
        String host = required(settings, "host");
        if (!host.matches("[A-Za-z0-9.\\-_:\\[\\]]+")) {
            throw invalid("the host must be a host name or an IP address");
        }
        int port = port(settings.property("port").orElse("3306"));
        Optional<String> database = settings.property("database").map(String::strip).filter(d -> !d.isEmpty());
        // The name goes into the URL's path: letters, digits, _ and $ are what unquoted MySQL names use.
        if (database.isPresent() && !database.get().matches("[A-Za-z0-9_$]{1,64}")) {
            throw invalid("the database must be a name of letters, digits, _ and $ (at most 64), not " + database.get());
        }
        String user = required(settings, "user");
        boolean tls = tls(settings.property("tls").map(String::strip).orElse("false"));
        String password = settings.secret("password").orElse("");
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("sslMode", tls ? "verify-full" : "disable");
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_MILLIS);
        // MySQL databases are schemas: the driver then reports them through getSchemas and the schema arguments.
        properties.setProperty("useCatalogTerm", "Schema");
        // Change tokens join column definitions with group_concat, which MySQL cuts at 1024 bytes by default.
        properties.setProperty("sessionVariables", "group_concat_max_len=1048576");
        properties.setProperty("connectionAttributes", "program_name:Custodian");
        String where = host + ":" + port + "/" + database.orElse("");
        String url = "jdbc:mariadb://" + host + ":" + port + "/" + database.orElse("");
        return new MariaDbSettings(new JdbcTarget(new org.mariadb.jdbc.Driver(), url, properties, where, List.of(password)), database);
    }

    private static boolean tls(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw invalid("tls must be true or false, not " + text);
    }
}
