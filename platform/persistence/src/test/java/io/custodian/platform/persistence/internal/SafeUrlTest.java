package io.custodian.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeUrlTest {

    @Test
    void masksPasswordsInParametersAndUserInfo() {
        assertEquals("jdbc:postgresql://db:5432/x?user=a&password=***",
                SafeUrl.of("jdbc:postgresql://db:5432/x?user=a&password=s3cret"));
        assertEquals("jdbc:h2:file:/d;USER=a;PASSWORD=***", SafeUrl.of("jdbc:h2:file:/d;USER=a;PASSWORD=s3cret"));
        assertEquals("jdbc:postgresql://***@db/x", SafeUrl.of("jdbc:postgresql://a:s3cret@db/x"));
    }
}
