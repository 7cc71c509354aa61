package io.custodian.scanning.internal.definition;

import io.custodian.scanning.api.ScanLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable fields of a definition after validation, ready to store.
 */
public record DefinitionSettings(String name, long sourceId, List<String> include, List<String> exclude, ScanLevel level,
                                 String ruleSet, String cron, int concurrency) {

    public DefinitionSettings {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** The settings of a stored definition. */
    public static DefinitionSettings of(ScanDefinition definition) {
        return new DefinitionSettings(definition.name(), definition.sourceId(), definition.include(), definition.exclude(),
                definition.level(), definition.ruleSet(), definition.cron(), definition.concurrency());
    }

    /** Field by field, for the audit trail's before/after. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", name);
        view.put("sourceId", sourceId);
        view.put("include", include);
        view.put("exclude", exclude);
        view.put("level", level);
        view.put("ruleSet", ruleSet);
        view.put("cron", cron);
        view.put("concurrency", concurrency);
        return view;
    }
}
