package io.custodian.catalog.internal.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code after} cursor of asset listings: the last id of the previous page. Opaque so that clients pass
 * it back rather than build it, which leaves room to change the order later.
 */
public final class AssetCursor {

    private static final String PREFIX = "asset:";

    private AssetCursor() {
    }

    /** The cursor that continues after {@code lastId}. */
    public static String after(long lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The id a cursor continues after.
     *
     * @throws IllegalArgumentException if {@code cursor} is not one this class made
     */
    public static long lastId(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long id = Long.parseLong(text.substring(PREFIX.length()));
                if (id >= 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // NumberFormatException included; answered below like any other foreign text.
        }
        throw new IllegalArgumentException("Not a cursor of an asset listing");
    }
}
