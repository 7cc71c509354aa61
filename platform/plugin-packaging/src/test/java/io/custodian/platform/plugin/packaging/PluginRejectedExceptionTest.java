package io.custodian.platform.plugin.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PluginRejectedExceptionTest {

    @Test
    void reasonCodesArePrefixedLowerSnakeCase() {
        assertEquals("plugin.signature_invalid", Reason.SIGNATURE_INVALID.code());
        assertEquals("plugin.platform_unsupported", Reason.PLATFORM_UNSUPPORTED.code());
        for (Reason reason : Reason.values()) {
            assertTrue(reason.code().matches("plugin\\.[a-z]+(_[a-z]+)*"), reason.code());
        }
    }

    @Test
    void theMessageIsTheSentenceAndTheCauseStaysOutOfIt() {
        IOException cause = new IOException("low-level detail");
        PluginRejectedException e = new PluginRejectedException(Reason.DOWNLOAD_FAILED, "The marketplace could not be reached.", cause);

        assertEquals("The marketplace could not be reached.", e.getMessage());
        assertSame(cause, e.getCause());
        assertEquals("plugin.download_failed", e.code());
    }
}
