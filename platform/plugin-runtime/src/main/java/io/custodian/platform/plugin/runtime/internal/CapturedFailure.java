package io.custodian.platform.plugin.runtime.internal;

import io.custodian.plugin.api.PluginException;
import io.custodian.plugin.api.ScopeDeniedException;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.platform.plugin.runtime.FailureKind;
import io.custodian.platform.plugin.runtime.PluginCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a plugin threw, described on the plugin's own worker thread and carried to the caller as plain strings.
 *
 * <p>Why on the worker: {@code getMessage()}, {@code toString()} and {@code diagnosis()} of a plugin's exception
 * are plugin code and may hang or throw; run there they are under the call's time limit. The plugin's throwable
 * is not kept (no cause, no stack trace) so the caller never touches a plugin object and nothing pins the
 * plugin's class loader after it is uninstalled.
 */
public final class CapturedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CapturedFailure.class);

    private final FailureKind kind;
    private final String description;
    private final transient Diagnosis diagnosis;

    private CapturedFailure(FailureKind kind, String description, Diagnosis diagnosis) {
        super(description, null, false, false);
        this.kind = kind;
        this.description = description;
        this.diagnosis = diagnosis;
    }

    /** Describes {@code error}, thrown by plugin code; never throws itself. */
    public static CapturedFailure of(Throwable error) {
        // The full trace is for plugin developers reading the server log; users get one line.
        LOG.debug("Plugin code threw", error);
        if (error instanceof VirtualMachineError && !(error instanceof StackOverflowError)) {
            LOG.error("Plugin code on {} ran into a {}; the JVM may be unhealthy", Thread.currentThread().getName(),
                    FailureText.typeName(error));
        }
        String message = FailureText.oneLine(safeMessage(error), FailureText.MAX_MESSAGE_CHARS);
        if (error instanceof ScopeDeniedException) {
            return new CapturedFailure(FailureKind.SCOPE_DENIED, message, null);
        }
        if (error instanceof PluginCallException nested) {
            return new CapturedFailure(nested.kind() == FailureKind.SCOPE_DENIED ? FailureKind.SCOPE_DENIED : FailureKind.FAILED,
                    message, null);
        }
        if (error instanceof PluginException && !message.isEmpty()) {
            // A PluginException's message is meant for users; the class name would add nothing.
            return new CapturedFailure(FailureKind.FAILED, message, diagnosisOf(error));
        }
        String type = FailureText.typeName(error);
        return new CapturedFailure(FailureKind.FAILED, message.isEmpty() ? type : type + ": " + message, diagnosisOf(error));
    }

    private static String safeMessage(Throwable error) {
        try {
            return error.getMessage();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return "";
        }
    }

    private static Diagnosis diagnosisOf(Throwable error) {
        if (!(error instanceof ConnectorException connectorError)) {
            return null;
        }
        try {
            return connectorError.diagnosis();
        } catch (RuntimeException | LinkageError e) {
            return Diagnosis.OTHER;
        }
    }

    /** {@link FailureKind#FAILED}, or {@link FailureKind#SCOPE_DENIED} when the plugin ran into a scope it lacks. */
    public FailureKind kind() {
        return kind;
    }

    /** One line saying what the plugin threw. */
    public String description() {
        return description;
    }

    /** The diagnosis of a connector's {@link ConnectorException}, or {@code null}. */
    public Diagnosis diagnosis() {
        return diagnosis;
    }
}
