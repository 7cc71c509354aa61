package io.custodian.datasources.internal.service;

import io.custodian.datasources.internal.DataSourceErrorCode;
import io.custodian.datasources.internal.schema.ConfigSchema;
import io.custodian.datasources.internal.schema.SettingsValidator;
import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.secrets.SecretVault;
import io.custodian.datasources.internal.store.JsonText;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Connector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Checks a source's connection settings before they are stored or tried, and tries them when asked to. */
final class ConnectionChecks {

    /** The settings column's size. */
    static final int MAX_SETTINGS_JSON = 8000;

    private final SecretVault vault;

    ConnectionChecks(SecretVault vault) {
        this.vault = vault;
    }

    /**
     * The settings as the connector gets them, after checking them and the secrets against the schema and the
     * references against what may be referenced.
     *
     * @param secretNames every secret set once the change is stored
     * @param given       the secrets given now
     * @throws CustodianException {@code datasource.settings_rejected} listing every problem
     */
    Map<String, String> settings(ConfigSchema schema, Map<String, ?> settings, Set<String> secretNames,
                                 Map<String, SecretInput> given) {
        Map<String, String> literals = new TreeMap<>();
        given.forEach((name, input) -> {
            if (input instanceof SecretInput.Literal literal) {
                literals.put(name, literal.value());
            }
        });
        SettingsValidator.Result result = SettingsValidator.validate(schema, settings, secretNames, literals);
        FieldChecks checks = new FieldChecks();
        checks.addAll(result.violations());
        given.forEach((name, input) -> {
            if (input instanceof SecretInput.Reference reference) {
                vault.referenceProblem(reference.reference()).ifPresent(problem -> checks.add("secrets." + name, problem));
            }
        });
        if (result.valid() && JsonText.settings(result.settings()).length() > MAX_SETTINGS_JSON) {
            checks.add("settings", "the settings together are longer than " + MAX_SETTINGS_JSON + " characters");
        }
        checks.throwIfAny(DataSourceErrorCode.SETTINGS_REJECTED, "The settings do not match the connector's schema");
        return result.settings();
    }

    /** The values of secrets as given (references read now). */
    Map<String, String> reveal(Map<String, SecretInput> given) {
        Map<String, String> values = new LinkedHashMap<>();
        given.forEach((name, input) -> values.put(name, vault.reveal(name, input)));
        return values;
    }

    /**
     * Tries the settings.
     *
     * @throws CustodianException with the code of the diagnosis (status 422) if the connection does not work
     */
    static TestOutcome requireWorking(Connector connector, ConnectionSettings settings) {
        TestOutcome outcome = ConnectionTests.run(connector, settings);
        if (!outcome.ok()) {
            throw new CustodianException(DataSourceErrorCode.of(outcome.diagnosis()),
                    "The connection test failed, so nothing was saved: " + outcome.message(),
                    Map.of("diagnosis", outcome.diagnosis().name(), "elapsedMs", outcome.elapsedMs()));
        }
        return outcome;
    }
}
