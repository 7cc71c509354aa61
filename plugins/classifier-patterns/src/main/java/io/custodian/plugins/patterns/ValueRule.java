package io.custodian.plugins.patterns;

/** Decides whether one sampled value (trimmed, not blank, within the detector's length limit) is of a kind. */
@FunctionalInterface
interface ValueRule {

    /** Whether {@code value} is of this kind. Must not throw and must run in time linear in the value's length. */
    boolean matches(String value);
}
