package io.custodian.plugin.api.connector;

/** Sorts of container a connector reports. */
public enum ContainerKind {
    /** A database (PostgreSQL database, MySQL schema-as-database, H2 database). */
    DATABASE,
    /** A schema inside a database. */
    SCHEMA,
    /** A folder of a file store. */
    FOLDER
}
