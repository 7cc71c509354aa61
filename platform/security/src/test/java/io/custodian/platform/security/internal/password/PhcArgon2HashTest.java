package io.custodian.platform.security.internal.password;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhcArgon2HashTest {

    private static final String VALID =
            "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc";

    @Test
    void parsesParametersSaltAndHash() {
        PhcArgon2Hash hash = PhcArgon2Hash.parse(VALID);

        assertEquals(1024, hash.memoryKib());
        assertEquals(2, hash.iterations());
        assertEquals(1, hash.parallelism());
        assertArrayEquals("saltsaltsaltsalt".getBytes(StandardCharsets.US_ASCII), hash.salt());
        assertEquals(32, hash.hash().length);
    }

    @Test
    void formatsBackToTheSameString() {
        assertEquals(VALID, PhcArgon2Hash.parse(VALID).format());
    }

    @Test
    void toStringLeaksNeitherSaltNorHash() {
        String text = PhcArgon2Hash.parse(VALID).toString();

        assertFalse(text.contains("c2FsdHNhbHRzYWx0c2FsdA"));
        assertFalse(text.contains("JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "plain-text-password",
        "$argon2i$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2d$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=16$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$t=2,m=1024,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA",
        "$argon2id$v=19$m=1024,t=2,p=1$$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc$extra",
        "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNh*HRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFcAB",
        "$argon2id$v=19$m=abc,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=-1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2,p=0$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=4,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=999,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2,p=1$c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$SGVsbG8",
        " $argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc"
    })
    void rejectsMalformedOrOutOfBoundsStrings(String phc) {
        assertThrows(IllegalArgumentException.class, () -> PhcArgon2Hash.parse(phc));
    }
}
