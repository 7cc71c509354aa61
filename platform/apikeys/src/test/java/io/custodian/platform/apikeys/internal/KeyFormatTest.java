package io.custodian.platform.apikeys.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.apikeys.internal.KeyFormat.NewKey;
import io.custodian.platform.apikeys.internal.KeyFormat.PresentedKey;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyFormatTest {

    private static final String ID = "Ab3dEf6hIj9k";
    private static final String SECRET = "abc_def-ghi_jkl-mno_pqr-stu_vwx-yz0_123-456";

    @Test
    void aNewKeyIsThePrefixATwelveCharacterIdAndThirtyTwoRandomBytes() {
        NewKey key = KeyFormat.newKey();

        assertTrue(key.text().matches("cust_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}"), key.text());
        assertEquals(32, Base64.getUrlDecoder().decode(key.secret()).length);
        assertEquals(Optional.of(new PresentedKey(key.keyId(), key.secret())), KeyFormat.parse(key.text()));
        assertEquals("cust_" + key.keyId() + "_", KeyFormat.prefix(key.keyId()));
    }

    @Test
    void newKeysAndIdsDoNotRepeat() {
        Set<String> keyIds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            keyIds.add(KeyFormat.newKey().keyId());
            ids.add(KeyFormat.newId());
        }

        assertEquals(2000, keyIds.size());
        assertEquals(2000, ids.size());
        assertTrue(ids.stream().allMatch(id -> id.matches("ak_[a-z0-9]{20}")));
    }

    @Test
    void theSecretIsFoundByPositionEvenWhenItContainsUnderscores() {
        assertEquals(SECRET.length(), KeyFormat.SECRET_LENGTH);

        PresentedKey parsed = KeyFormat.parse("cust_" + ID + "_" + SECRET).orElseThrow();

        assertEquals(ID, parsed.keyId());
        assertEquals(SECRET, parsed.secret());
    }

    @Test
    void malformedKeysAreRefusedWithoutThrowing() {
        String good = "cust_" + ID + "_" + SECRET;
        for (String bad : new String[] {null, "", "cust_", good + "x", good.substring(1), "cst_s_" + ID + SECRET,
                "cust_" + ID + "-" + SECRET, "cust_" + "Ab3dEf6hIj9_" + "_" + SECRET,
                "cust_" + ID + "_" + SECRET.replace('a', '+'), "CUST_" + ID + "_" + SECRET,
                "cust_" + ID + "_" + SECRET.replace('a', '\u00e4')}) {
            assertEquals(Optional.empty(), KeyFormat.parse(bad), String.valueOf(bad));
        }
        assertTrue(KeyFormat.parse(good).isPresent());
    }

    @Test
    void anyTokenWithTheKeyPrefixLooksLikeAKeyAndSessionTokensDoNot() {
        assertTrue(KeyFormat.looksLikeKey("cust_anything"));
        assertFalse(KeyFormat.looksLikeKey("cst_s_abc"));
        assertFalse(KeyFormat.looksLikeKey(null));
        assertTrue(KeyFormat.isKeyId(ID));
        assertFalse(KeyFormat.isKeyId("short"));
    }

    @Test
    void keysNeverShowTheirSecretInToString() {
        NewKey key = KeyFormat.newKey();
        PresentedKey presented = KeyFormat.parse(key.text()).orElseThrow();

        assertFalse(key.toString().contains(key.secret()));
        assertFalse(presented.toString().contains(key.secret()));
    }
}
