package io.custodian.scanning.internal.engine;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.platform.plugin.runtime.PluginCallException;
import io.custodian.plugin.api.connector.ConnectorException;
import java.util.Locale;

/**
 * The code and the sentence a run records for a failure: a connector's diagnosis ({@code connector.timeout}), the
 * plugin host's failure kind ({@code plugin.timed_out}), a data source problem ({@code datasource.not_found}), or the
 * code of the step that failed. Messages of connectors and of the plugin host are written for users and carry no
 * secrets; other messages are shortened and never carry a stack trace.
 */
final class FailureCodes {

    static final int MAX_MESSAGE = 1000;

    private FailureCodes() {
    }

    static String code(Throwable failure, String stepCode) {
        if (failure instanceof ConnectorException connector) {
            return "connector." + lower(connector.diagnosis().name());
        }
        if (failure instanceof PluginCallException call) {
            return call.diagnosis().map(d -> "connector." + lower(d.name())).orElse("plugin." + lower(call.kind().name()));
        }
        if (failure instanceof DataSourceException source) {
            return "datasource." + lower(source.reason().name());
        }
        return stepCode;
    }

    static String message(Throwable failure) {
        String message = failure.getMessage();
        String text = message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE - 1) + "…" : text;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
