package io.custodian.catalog.api;

/** What an asset is; the hierarchy runs from {@link #SOURCE} down to {@link #COLUMN}. */
public enum AssetType {
    /** A registered data source, the root of its assets. */
    SOURCE,
    /** A database (catalog) inside a source. */
    DATABASE,
    /** A schema inside a database. */
    SCHEMA,
    /** A folder of a file store. */
    FOLDER,
    /** A base table. */
    TABLE,
    /** A view; its SQL is in the technical metadata under {@code viewDefinition}. */
    VIEW,
    /** A file whose columns were inferred from its content. */
    FILE,
    /** A column of a table, view or file. */
    COLUMN;

    /** Whether assets of this type hold columns. */
    public boolean holdsColumns() {
        return this == TABLE || this == VIEW || this == FILE;
    }
}
