package io.custodian.plugins.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void hostAndPortFromTheUsualForms() {
        assertEquals("db.example.com:5433", JdbcUrls.hostAndPort("jdbc:postgresql://DB.example.com:5433/sales?ssl=true", 5432));
        assertEquals("db.example.com:5432", JdbcUrls.hostAndPort("jdbc:postgresql://db.example.com/sales", 5432));
        assertEquals("127.0.0.1:3306", JdbcUrls.hostAndPort("jdbc:mariadb://127.0.0.1:3306/test", 3306));
        assertEquals("a:3306", JdbcUrls.hostAndPort("jdbc:mysql://a,b:3307/test", 3306));
        assertEquals("[::1]:5432", JdbcUrls.hostAndPort("jdbc:postgresql://[::1]/x", 5432));
        assertEquals("[::1]:6000", JdbcUrls.hostAndPort("jdbc:postgresql://[::1]:6000/x", 5432));
    }

    @Test
    void credentialsInTheAuthorityAreLeftOut() {
        assertEquals("host:3306", JdbcUrls.hostAndPort("jdbc:mariadb://user:secret@host/db", 3306));
    }

    @Test
    void otherFormsHaveNoHost() {
        assertNull(JdbcUrls.hostAndPort("jdbc:h2:mem:x", 1));
        assertNull(JdbcUrls.hostAndPort(null, 1));
        assertNull(JdbcUrls.hostAndPort("jdbc:postgresql:///db", 5432));
    }
}
