package io.custodian.plugin.tools;

/**
 * A failure the tool reports as one sentence and an exit code, never as a stack trace: the person at the
 * terminal needs to know which file or option is wrong, not where in the tool it was noticed.
 */
final class ToolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private ToolException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Wrong usage or unusable input (a missing file, a bad key, a jar without a manifest): exit code 2. */
    static ToolException input(String message) {
        return new ToolException(message, ExitCodes.INPUT, null);
    }

    /** As {@link #input(String)}, keeping the cause for debugging. */
    static ToolException input(String message, Throwable cause) {
        return new ToolException(message, ExitCodes.INPUT, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
