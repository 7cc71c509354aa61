package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditQuery;
import io.custodian.platform.audit.internal.entity.AuditRecordEntity;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/** The JPQL of an {@link AuditQuery}'s filters, with keyset paging on the sequence. */
final class AuditFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    AuditFilter(AuditQuery query) {
        equal("actor", query.actor());
        equal("resource", query.resource());
        equal("outcome", query.outcome() == null ? null : query.outcome().name());
        if (query.actionIsPrefix()) {
            String prefix = query.action().substring(0, query.action().length() - 1);
            conditions.add("r.action LIKE :action ESCAPE '!'");
            parameters.put("action", escapeLike(prefix) + "%");
        } else {
            equal("action", query.action());
        }
        if (query.from() != null) {
            conditions.add("r.recordedAt >= :from");
            parameters.put("from", query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            conditions.add("r.recordedAt < :to");
            parameters.put("to", query.to().atOffset(ZoneOffset.UTC));
        }
    }

    /** Matching rows with a sequence below {@code below} (all if null), newest first. */
    TypedQuery<AuditRecordEntity> newestBelow(EntityManager em, Long below) {
        return build(em, below == null ? null : "r.seq < :seq", below, "DESC");
    }

    /** Matching rows with a sequence above {@code above}, oldest first. */
    TypedQuery<AuditRecordEntity> oldestAbove(EntityManager em, long above) {
        return build(em, "r.seq > :seq", above, "ASC");
    }

    private TypedQuery<AuditRecordEntity> build(EntityManager em, String seqCondition, Long seq, String order) {
        List<String> all = new ArrayList<>(conditions);
        if (seqCondition != null) {
            all.add(seqCondition);
        }
        String where = all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
        TypedQuery<AuditRecordEntity> query = em.createQuery(
                "SELECT r FROM AuditRecordEntity r" + where + " ORDER BY r.seq " + order, AuditRecordEntity.class);
        parameters.forEach(query::setParameter);
        if (seqCondition != null) {
            query.setParameter("seq", seq);
        }
        return query;
    }

    private void equal(String field, String value) {
        if (value != null) {
            conditions.add("r." + field + " = :" + field);
            parameters.put(field, value);
        }
    }

    /** Escapes LIKE's wildcards with {@code !}, so {@code a_b.*} matches only {@code a_b.} literally. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
