package io.custodian.platform.plugin.runtime;

/** How a call into a plugin went wrong. */
public enum FailureKind {
    /** The plugin threw an exception or an error (including a stack overflow or a class missing after an update). */
    FAILED,
    /** The plugin did not answer within the call's time limit; its worker was interrupted. */
    TIMED_OUT,
    /** The plugin could not be asked: it is stopped, being stopped, or all its workers are busy or stuck. */
    UNAVAILABLE,
    /** The plugin answered, but with something the platform cannot use (null, too many results, undeclared ids, malformed JSON). */
    INVALID_OUTPUT,
    /** The plugin reached for something its granted scopes do not cover, or the host refused a call needing a scope it lacks. */
    SCOPE_DENIED
}
