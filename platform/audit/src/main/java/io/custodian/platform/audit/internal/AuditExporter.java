package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditQuery;
import io.custodian.platform.audit.api.ExportFormat;
import io.custodian.platform.audit.internal.entity.AuditRecordEntity;
import io.custodian.platform.persistence.api.Transactions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.persistence.EntityManagerFactory;

/** Streams matching records oldest first, one batch (and one entity manager) at a time. */
final class AuditExporter {

    static final int BATCH = 500;

    private final EntityManagerFactory emf;

    AuditExporter(EntityManagerFactory emf) {
        this.emf = emf;
    }

    void export(AuditQuery query, ExportFormat format, OutputStream out) throws IOException {
        AuditFilter filter = new AuditFilter(query);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        ExportWriter export = ExportWriter.of(format, writer);
        export.begin();
        long above = 0;
        List<AuditRecordEntity> batch;
        do {
            long from = above;
            batch = Transactions.read(emf, em -> filter.oldestAbove(em, from).setMaxResults(BATCH).getResultList());
            for (AuditRecordEntity row : batch) {
                export.write(AuditRecords.toRecord(row));
                above = row.getSeq();
            }
        } while (batch.size() == BATCH);
        writer.flush();
    }
}
