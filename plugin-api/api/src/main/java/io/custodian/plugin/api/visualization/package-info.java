/**
 * The visualization extension point: turn platform data (a lineage subgraph, classification counts...)
 * into a Vega-Lite chart specification that the console renders.
 */
package io.custodian.plugin.api.visualization;
