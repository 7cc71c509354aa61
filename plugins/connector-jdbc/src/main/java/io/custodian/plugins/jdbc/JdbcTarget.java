package io.custodian.plugins.jdbc;

import java.sql.Driver;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Where and how to connect: a driver instance, its URL and connection properties. {@link #toString()}
 * shows only the description, since the properties hold the password.
 *
 * @param driver      the driver, instantiated directly by the connector so its class loader is the plugin's
 * @param url         the JDBC URL, without credentials
 * @param properties  driver properties, including user and password
 * @param description how messages name the source, for example {@code db.example.com:5432/sales}; no secrets
 * @param secrets     secret values to blank out of any driver message that is passed on
 */
public record JdbcTarget(Driver driver, String url, Properties properties, String description, List<String> secrets) {

    /** Rejects missing fields; copies the secrets. */
    public JdbcTarget {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(description, "description");
        secrets = secrets == null ? List.of() : secrets.stream().filter(s -> s != null && !s.isEmpty()).toList();
    }

    /** Replaces every secret value in {@code text} by {@code ***}. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "***");
        }
        return result;
    }

    @Override
    public String toString() {
        return "JdbcTarget[" + description + "]";
    }
}
