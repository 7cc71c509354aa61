package io.custodian.scanning.internal.engine;

/** Where a run keeps the objects that failed (the run's error rows). Must be thread-safe. */
@FunctionalInterface
public interface ErrorStore {

    /**
     * Keeps one failure.
     *
     * @param objectName the qualified name of the object that failed
     * @param code       a stable code, for example {@code connector.permission_missing}
     * @param message    a sentence for users, without secrets
     */
    void save(String objectName, String code, String message);
}
