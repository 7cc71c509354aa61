package io.custodian.plugins.patterns;

import io.custodian.plugin.api.classifier.ColumnProfile;
import java.util.Optional;

/** Decides from a column's name (and its neighbours' names) whether it hints at a kind of value. */
@FunctionalInterface
interface NameRule {

    /** A sentence for the evidence, such as {@code column name mentions "email"}, or empty if the name says nothing. */
    Optional<String> match(ColumnProfile column);
}
