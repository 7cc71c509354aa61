package io.custodian.platform.plugin.runtime.internal;

import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.platform.plugin.runtime.FailureKind;
import io.custodian.platform.plugin.runtime.PluginCallException;
import io.custodian.platform.plugin.runtime.PluginCallGuard;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Calls into a connector through the plugin's guard, keeping the connector contract for its callers: when the
 * plugin reported a problem with the source by throwing a {@link ConnectorException}, the caller gets a
 * {@link ConnectorException} with the same diagnosis (made by the host, with the guard's one-line message);
 * every other failure stays a {@link PluginCallException}.
 */
public final class ConnectorGuard {

    private final PluginCallGuard guard;

    /** Calls through {@code guard}. */
    public ConnectorGuard(PluginCallGuard guard) {
        this.guard = guard;
    }

    /** The underlying guard. */
    public PluginCallGuard guard() {
        return guard;
    }

    /** Runs {@code body} through the guard; a {@code null} answer fails with {@link FailureKind#INVALID_OUTPUT}. */
    public <T> T call(String operation, String answerName, Callable<T> body) {
        return call(operation, answerName, body, null);
    }

    /**
     * Runs {@code body} through the guard, releasing a late result with {@code discardLateResult}; a {@code null}
     * answer fails with {@link FailureKind#INVALID_OUTPUT} naming {@code answerName}.
     */
    public <T> T call(String operation, String answerName, Callable<T> body, Consumer<? super T> discardLateResult) {
        T answer = callAllowingNull(operation, body, discardLateResult);
        if (answer == null) {
            throw guard.reject(operation, FailureKind.INVALID_OUTPUT,
                    "plugin " + guard.pluginId() + " returned no " + answerName + " (null) from " + operation);
        }
        return answer;
    }

    /** Runs {@code body} through the guard; {@code null} is a valid answer. */
    public <T> T callAllowingNull(String operation, Callable<T> body, Consumer<? super T> discardLateResult) {
        try {
            return guard.call(operation, body, discardLateResult);
        } catch (PluginCallException e) {
            throw translated(e);
        }
    }

    /** Runs {@code body}, which returns nothing, through the guard. */
    public void run(String operation, Runnable body) {
        try {
            guard.run(operation, body);
        } catch (PluginCallException e) {
            throw translated(e);
        }
    }

    /** {@code failure} as a {@link ConnectorException} if the connector diagnosed it, else unchanged. */
    public static RuntimeException translated(PluginCallException failure) {
        if (failure.kind() == FailureKind.FAILED && failure.diagnosis().isPresent()) {
            return new ConnectorException(failure.diagnosis().get(), failure.getMessage(), failure);
        }
        return failure;
    }
}
