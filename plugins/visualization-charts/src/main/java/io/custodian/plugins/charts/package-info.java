/**
 * The built-in chart visualization (plugin {@code charts}). Specifications are built as maps and written
 * by a small JSON writer ({@link io.custodian.plugins.charts.Json}) that escapes every string, so data
 * cannot break the JSON or the page it is embedded in. Nothing here is exported.
 */
package io.custodian.plugins.charts;
