package io.custodian.platform.audit.api;

/** How an audited action ended. */
public enum Outcome {
    /** The action was carried out. */
    SUCCESS,
    /** The action was attempted and failed (bad credentials, invalid input, error). */
    FAILURE,
    /** The caller was not allowed to perform the action. */
    DENIED
}
