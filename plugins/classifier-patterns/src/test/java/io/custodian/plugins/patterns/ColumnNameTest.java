package io.custodian.plugins.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnNameTest {

    @Test
    void splitsAtSeparatorsAndCaseChanges() {
        assertEquals(List.of("customer", "email", "2"), ColumnName.of("customerEmail_2").words());
        assertEquals(List.of("date", "of", "birth"), ColumnName.of("DATE_OF_BIRTH").words());
        assertEquals(List.of("ip", "address"), ColumnName.of("IP Address").words());
        assertEquals(List.of(), ColumnName.of("").words());
    }

    @Test
    void mentionsWordsRunsAndGluedForms() {
        assertTrue(ColumnName.of("e_mail").mentions("email"));
        assertTrue(ColumnName.of("dateOfBirth").mentions("dateofbirth"));
        assertTrue(ColumnName.of("emailaddress").mentions("email"));
        assertTrue(ColumnName.of("useremail").mentions("email"));
        assertTrue(ColumnName.of("zipcode").mentions("zip"));
        assertTrue(ColumnName.of("client_ip").mentions("ip"));
    }

    @Test
    void doesNotMatchInsideUnrelatedWords() {
        assertFalse(ColumnName.of("hotel").mentions("tel"));
        assertFalse(ColumnName.of("birthplace").mentions("birth"));
        assertFalse(ColumnName.of("description").mentions("ip"));
        assertFalse(ColumnName.of("company").mentions("pan"));
        assertFalse(ColumnName.of("scorecard").mentions("card"));
    }
}
