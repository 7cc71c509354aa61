package io.custodian.platform.security.internal.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTwelveCharactersThatAreNotTheUserName() {
        assertTrue(PasswordPolicy.violations("alice", "twelve chars".toCharArray()).isEmpty());
    }

    @Test
    void rejectsShortPasswords() {
        assertEquals(List.of("must be at least 12 characters long"),
                PasswordPolicy.violations("alice", "eleven char".toCharArray()));
    }

    @Test
    void rejectsTheUserNameInAnyCase() {
        List<String> violations = PasswordPolicy.violations("administrator", "AdministratoR".toCharArray());

        assertEquals(List.of("must not be the user name"), violations);
    }

    @Test
    void rejectsAbsurdlyLongPasswords() {
        char[] huge = new char[PasswordPolicy.MAX_LENGTH + 1];
        java.util.Arrays.fill(huge, 'x');

        assertEquals(List.of("must be at most 1024 characters long"), PasswordPolicy.violations("alice", huge));
    }
}
