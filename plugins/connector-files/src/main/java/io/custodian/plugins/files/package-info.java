/**
 * The built-in files connector (plugin {@code files}, type id {@code files}): CSV, TSV and JSON Lines files
 * in a folder tree, catalogued with inferred columns, streamed statistics and bounded samples. Nothing
 * here is exported: the host finds {@link io.custodian.plugins.files.FilesConnector} through
 * {@code META-INF/services}.
 */
package io.custodian.plugins.files;
