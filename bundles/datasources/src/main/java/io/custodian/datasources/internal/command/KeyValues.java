package io.custodian.datasources.internal.command;

import io.custodian.datasources.internal.DataSourceErrorCode;
import io.custodian.platform.rest.api.CustodianException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Options typed as {@code name=value}, repeated. */
final class KeyValues {

    private KeyValues() {
    }

    /**
     * The pairs, each value mapped by {@code value}.
     *
     * @throws CustodianException {@code datasource.invalid_request} naming the option, never the value (a secret)
     */
    static <T> Map<String, T> parse(String option, List<String> pairs, Function<String, T> value) {
        Map<String, T> parsed = new LinkedHashMap<>();
        if (pairs == null) {
            return parsed;
        }
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new CustodianException(DataSourceErrorCode.INVALID_REQUEST, option
                        + " takes name=value; one of them has no name or no =");
            }
            parsed.put(pair.substring(0, equals).strip(), value.apply(pair.substring(equals + 1)));
        }
        return parsed;
    }
}
