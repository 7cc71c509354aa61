package io.custodian.datasources.internal.command;

import io.custodian.datasources.internal.DataSourceManager;
import io.custodian.datasources.internal.service.Actor;
import io.custodian.datasources.internal.service.KeyRotation;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:master-key-rotate}: replaces the master key and re-encrypts every stored secret. */
@Service
@Command(scope = "custodian", name = "master-key-rotate", description = "Replaces the master key file with a new "
        + "random key and re-encrypts every stored data source secret under it")
public class MasterKeyRotateCommand implements Action {

    @Reference
    private DataSourceManager manager;

    @Override
    public Object execute() {
        KeyRotation.Rotated rotated = ShellCaller.run(() -> manager.parts().rotation().rotate(Actor.current()));
        System.out.printf("Master key %s replaced by %s; %d secrets re-encrypted%s%n", rotated.previousKeyId(),
                rotated.keyId(), rotated.resealed(), rotated.left() == 0 ? ""
                        : ", " + rotated.left() + " left as they were (they could not be decrypted)");
        return null;
    }
}
