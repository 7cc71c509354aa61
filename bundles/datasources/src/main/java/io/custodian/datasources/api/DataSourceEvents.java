package io.custodian.datasources.api;

/**
 * The types of the events the data sources group publishes on the kernel event bus. Every event's subject is
 * {@code datasource/<id>} and its data holds at least {@code id}, {@code name} and {@code type}.
 */
public final class DataSourceEvents {

    /** The CloudEvents {@code source} of these events. */
    public static final String SOURCE = "/custodian/datasources";
    /** A source was registered. */
    public static final String CREATED = "io.custodian.datasources.source.created";
    /** A source's name, settings, secrets, owner, tags or description changed. */
    public static final String CHANGED = "io.custodian.datasources.source.changed";
    /** A source was removed; data also holds nothing more than id, name and type. */
    public static final String DELETED = "io.custodian.datasources.source.deleted";
    /**
     * A health check failed after the source was up (or had never been checked); data adds {@code diagnosis}
     * and {@code message}.
     */
    public static final String DOWN = "io.custodian.datasources.source.down";
    /** A health check succeeded after the source was down; data adds {@code diagnosis} and {@code message}. */
    public static final String UP = "io.custodian.datasources.source.up";

    private DataSourceEvents() {
    }
}
