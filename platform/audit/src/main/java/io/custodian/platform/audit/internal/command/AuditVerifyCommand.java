package io.custodian.platform.audit.internal.command;

import io.custodian.platform.audit.api.AuditIntegrity;
import io.custodian.platform.audit.api.AuditVerification;
import io.custodian.platform.audit.api.Origin;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.ShellUtil;

/** {@code custodian:audit-verify}: the same check as {@code GET /api/v1/audit/verify}. */
@Service
@Command(scope = "custodian", name = "audit-verify",
        description = "Recomputes the audit trail's hash chain and reports the first broken record")
public class AuditVerifyCommand implements Action {


    @Reference
    private AuditIntegrity integrity;

    @Override
    public Object execute() {
        String user = ShellUtil.getCurrentUserName();
        AuditVerification result = integrity.verify("shell:" + (user == null ? "unknown" : user), Origin.SHELL);
        System.out.print(describe(result));
        return null;
    }

    /** The report printed to the console. */
    static String describe(AuditVerification v) {
        StringBuilder out = new StringBuilder();
        if (v.intact()) {
            out.append("Audit trail intact: ").append(v.recordsChecked()).append(" records checked\n");
        } else {
            out.append("Audit trail BROKEN at seq ").append(v.firstBrokenSeq()).append(": ").append(v.problem())
                    .append(" (").append(v.recordsChecked()).append(" records checked)\n");
        }
        out.append("Head: seq ").append(v.headSeq()).append(", hash ")
                .append(v.headHash().isEmpty() ? "(none)" : v.headHash()).append('\n');
        out.append("Checked at ").append(v.checkedAt()).append('\n');
        return out.toString();
    }
}
