package io.custodian.datasources.internal.command;

import io.custodian.datasources.internal.DataSourceManager;
import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.secrets.SecretReference;
import io.custodian.datasources.internal.service.Actor;
import io.custodian.datasources.internal.service.SourceDraft;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code custodian:datasource-add --type h2 --name demo --setting url=jdbc:h2:file:/data/demo --secret password=...}:
 * registers a source. Settings are checked against the connector's schema as over REST. Quote a value that holds
 * a {@code ;} (the shell separates commands with it).
 */
@Service
@Command(scope = "custodian", name = "datasource-add", description = "Registers a data source; --setting and the "
        + "--secret options repeat, one name=value each")
public class DataSourceAddCommand implements Action {

    @Option(name = "--type", required = true, description = "Connector type, for example h2, postgresql, mariadb, files")
    String type;

    @Option(name = "--name", required = true, description = "Unique name of the source")
    String name;

    @Option(name = "--setting", aliases = "-s", multiValued = true, description = "A non-secret setting, name=value")
    List<String> settings;

    @Option(name = "--secret", multiValued = true, description = "A secret setting, name=value, stored encrypted")
    List<String> secrets;

    @Option(name = "--secret-env", multiValued = true, description = "A secret read from an environment variable "
            + "when used, name=VARIABLE")
    List<String> secretEnv;

    @Option(name = "--secret-file", multiValued = true, description = "A secret read from a file when used, "
            + "name=/absolute/path")
    List<String> secretFile;

    @Option(name = "--owner", description = "The user answerable for the source; default: you")
    String owner;

    @Option(name = "--tag", multiValued = true, description = "A tag")
    List<String> tags;

    @Option(name = "--description", description = "Free text")
    String description;

    @Option(name = "--test", description = "Test the connection first and register nothing if it fails")
    boolean test;

    @Reference
    private DataSourceManager manager;

    @Override
    public Object execute() {
        System.out.print(ShellCaller.run(() -> SourceTable.added(
                manager.parts().registry().create(draft(), test, Actor.current()))));
        return null;
    }

    SourceDraft draft() {
        Map<String, SecretInput> given = new LinkedHashMap<>();
        given.putAll(KeyValues.parse("--secret", secrets, SecretInput::literal));
        given.putAll(KeyValues.parse("--secret-env", secretEnv, target -> SecretInput.reference(SecretReference.env(target))));
        given.putAll(KeyValues.parse("--secret-file", secretFile,
                target -> SecretInput.reference(SecretReference.file(target))));
        Map<String, Object> typed = new LinkedHashMap<>(KeyValues.parse("--setting", settings, value -> value));
        return new SourceDraft(name, type, typed, given, owner, tags, description);
    }
}
