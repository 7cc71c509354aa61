package io.custodian.plugins.h2;

import static io.custodian.plugins.jdbc.SettingChecks.invalid;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugins.jdbc.JdbcTarget;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The H2 connector's settings: {@code url} (only {@code jdbc:h2:file:}, {@code jdbc:h2:mem:} and
 * {@code jdbc:h2:tcp:} forms), {@code user} and the secret {@code password}.
 *
 * <p>URL options that run code or carry credentials ({@code INIT}, {@code USER}, {@code PASSWORD} and the like)
 * are refused: a data source's settings must not execute SQL on open. {@code IFEXISTS=TRUE} is always added so a
 * mistyped path is reported as missing instead of silently creating an empty database.
 */
final class H2Settings {

    /** The settings' JSON Schema, as {@link H2Connector#describe()} reports it. */
    static final String SCHEMA = """
            {"type": "object",
             "properties": {
               "url": {"type": "string", "title": "JDBC URL", "pattern": "^jdbc:h2:(file|mem|tcp):"},
               "user": {"type": "string", "title": "User"},
               "password": {"type": "string", "title": "Password", "writeOnly": true}},
             "required": ["url"],
             "additionalProperties": false}""";

    private static final Pattern FORM = Pattern.compile("^jdbc:h2:(file|mem|tcp):.+");
    private static final List<String> REFUSED_OPTIONS = List.of("INIT", "USER", "PASSWORD", "CIPHER", "AUTHENTICATOR",
            "AUTHREALM", "IFEXISTS", "FORBID_CREATION", "ACCESS_MODE");

    private H2Settings() {
    }

    /** The connection target for {@code settings}, or {@link Diagnosis#INVALID_SETTINGS} with what is wrong. */
    static JdbcTarget target(ConnectionSettings settings) {
        String url = settings.property("url").map(String::strip).orElse("");
        if (url.isEmpty()) {
            throw invalid("the setting url is required, for example jdbc:h2:file:/data/sales");
        }
        if (!FORM.matcher(url).matches()) {
            throw invalid("the url must start with jdbc:h2:file:, jdbc:h2:mem: or jdbc:h2:tcp:");
        }
        String base = url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
        for (String option : url.substring(base.length()).split(";")) {
            String name = option.contains("=") ? option.substring(0, option.indexOf('=')).strip().toUpperCase(Locale.ROOT) : option.strip();
            if (REFUSED_OPTIONS.contains(name)) {
                throw invalid("the url option " + name + " is not allowed; give user and password as settings");
            }
        }
        Properties properties = new Properties();
        properties.setProperty("user", settings.property("user").orElse(""));
        String password = settings.secret("password").orElse("");
        properties.setProperty("password", password);
        return new JdbcTarget(new org.h2.Driver(), url + ";IFEXISTS=TRUE", properties, base, List.of(password));
    }
}
