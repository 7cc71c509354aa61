package io.custodian.platform.access.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.authz.api.PermissionInfo;
import io.custodian.platform.authz.api.PermissionSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PermissionCatalogTest {

    @Test
    void theCoreSetHasEveryPlatformPermissionOnceWithADescription() {
        List<PermissionInfo> core = new CorePermissions().permissions();
        Set<String> names = core.stream().map(PermissionInfo::name).collect(Collectors.toSet());

        assertEquals(72, core.size());
        assertEquals(core.size(), names.size());
        assertTrue(core.stream().noneMatch(p -> p.description().isBlank()));
        assertTrue(names.containsAll(List.of("datasource.security", "catalog.lineage", "scan_logic.execute",
                "rule_sets.delete", "classification.approve", "compliance.audit", "plugin.configure",
                "webhook.delete", "workflow.edit", "audit.view", "user.delete", "group.edit", "role.grant",
                "delegation.create", "apikey.admin", "system.config", "session.self")));
    }

    @Test
    void mergesEveryRegisteredSetSortedAndWithoutDuplicates() {
        PermissionCatalog catalog = new PermissionCatalog();
        PermissionSet glossary = () -> List.of(new PermissionInfo("glossary.term.view", "Read glossary terms"),
                new PermissionInfo("catalog.view", ""));
        catalog.addSet(new CorePermissions());
        catalog.addSet(glossary);

        List<PermissionInfo> all = catalog.permissions();

        assertEquals(73, all.size());
        assertEquals(all.stream().map(PermissionInfo::name).sorted().toList(),
                all.stream().map(PermissionInfo::name).toList());
        PermissionInfo catalogView = all.stream().filter(p -> p.name().equals("catalog.view")).findFirst()
                .orElseThrow();
        assertTrue(!catalogView.description().isEmpty());

        catalog.removeSet(glossary);

        assertTrue(catalog.permissions().stream().noneMatch(p -> p.name().equals("glossary.term.view")));
    }

    @Test
    void aBrokenSetDoesNotHideTheOthers() {
        PermissionCatalog catalog = new PermissionCatalog();
        catalog.addSet(() -> {
            throw new IllegalStateException("broken bundle");
        });
        catalog.addSet(() -> List.of(new PermissionInfo("webhook.view", "List webhooks")));

        assertEquals(List.of(new PermissionInfo("webhook.view", "List webhooks")), catalog.permissions());
    }
}
