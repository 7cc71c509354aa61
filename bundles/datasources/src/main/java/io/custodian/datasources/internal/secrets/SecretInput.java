package io.custodian.datasources.internal.secrets;

import java.util.Objects;

/** A secret setting as a user supplies it: the value itself, or a reference to where it lives. */
public sealed interface SecretInput {

    /** The value itself, to be encrypted. {@link #toString()} hides it. */
    record Literal(String value) implements SecretInput {

        /** Rejects a missing value. */
        public Literal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "Literal[(hidden)]";
        }
    }

    /** A reference to an environment variable or a file, stored as it is. */
    record Reference(SecretReference reference) implements SecretInput {

        /** Rejects a missing reference. */
        public Reference {
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** The value itself. */
    static SecretInput literal(String value) {
        return new Literal(value);
    }

    /** A reference. */
    static SecretInput reference(SecretReference reference) {
        return new Reference(reference);
    }
}
