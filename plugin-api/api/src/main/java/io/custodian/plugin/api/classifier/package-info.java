/**
 * The classifier extension point: given what is known about a column, suggest classifications with a
 * confidence and the evidence behind it. Suggestions go to a steward's review queue; a classifier
 * never labels anything by itself.
 */
package io.custodian.plugin.api.classifier;
