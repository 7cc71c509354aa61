package io.custodian.platform.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.ErrorCode;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RejectionsTest {

    @Test
    void everyReasonAnswersWithItsOwnCodeAndSentence() {
        for (Reason reason : Reason.values()) {
            CustodianException problem = Rejections.problem(new PluginRejectedException(reason, "Because " + reason));

            assertEquals(reason.code(), problem.errorCode().code());
            assertEquals("Because " + reason, problem.getMessage());
            assertTrue(Set.of(400, 404, 422, 502).contains(problem.errorCode().status()), reason.toString());
        }
    }

    @Test
    void badJarsAre400UntrustedOnes422AndBrokenMarketplaces502() {
        assertEquals(400, status(Reason.TOO_LARGE));
        assertEquals(400, status(Reason.UNSAFE_ENTRY));
        assertEquals(400, status(Reason.MANIFEST_INVALID));
        assertEquals(422, status(Reason.SIGNATURE_INVALID));
        assertEquals(422, status(Reason.PLATFORM_UNSUPPORTED));
        assertEquals(422, status(Reason.MISMATCH));
        assertEquals(404, status(Reason.NOT_FOUND));
        assertEquals(502, status(Reason.DOWNLOAD_FAILED));
    }

    @Test
    void trustFailuresAreAuditedAsDenied() {
        assertEquals(Outcome.DENIED, Rejections.outcome("plugin.signature_invalid"));
        assertEquals(Outcome.DENIED, Rejections.outcome("plugin.checksum_mismatch"));
        assertEquals(Outcome.FAILURE, Rejections.outcome("plugin.too_large"));
        assertEquals(Outcome.FAILURE, Rejections.outcome("plugin.scopes_not_granted"));
    }

    private static int status(Reason reason) {
        ErrorCode code = Rejections.errorCode(reason);
        return code.status();
    }
}
