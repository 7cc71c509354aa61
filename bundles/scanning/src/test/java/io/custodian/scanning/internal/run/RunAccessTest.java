package io.custodian.scanning.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.custodian.datasources.api.DataSource;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.scanning.internal.testing.PermissionList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Starting a scan needs datasource.scan on that very source, and an API key never reaches beyond its scopes. */
class RunAccessTest {

    private final RecordingAuditService audit = new RecordingAuditService();
    private final RunAccess access = new RunAccess(new PermissionList("ada datasource.scan:1"), audit);
    private final DataSource sales = new DataSource(1, "sales", "h2", Map.of(), Set.of(), "ada", List.of("finance"), "",
            null, null, null);

    @Test
    void theOwnerOfTheRightMayScanWithASessionOrAKeyScopedToTheSource() {
        access.requireScan(new Caller(Optional.of("ada"), Origin.SYSTEM), sales, "start", "scan:1");
        access.requireScan(new Caller(Optional.of("ada"), Origin.SYSTEM, "k1", Set.of("datasource.scan:1", "scan_logic.*")),
                sales, "start", "scan:1");
    }

    @Test
    void aKeyScopedToAnotherSourceIsRefusedEvenThoughItsOwnerMayAndTheRefusalIsAudited() {
        Caller key = new Caller(Optional.of("ada"), Origin.SYSTEM, "k2", Set.of("datasource.scan:2", "scan_logic.execute"));
        CustodianException refused = assertThrows(CustodianException.class, () -> access.requireScan(key, sales, "start", "scan:1"));
        assertEquals("scan.not_allowed", refused.errorCode().code());
        assertEquals("apikey:k2@ada", audit.last("scan.run_denied").actor());
    }
}
