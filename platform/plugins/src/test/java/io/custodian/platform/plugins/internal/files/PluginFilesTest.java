package io.custodian.platform.plugins.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginFilesTest {

    @TempDir
    Path root;

    @Test
    void keepsJarsPerIdAndVersionAndRemovesTheOthers() throws Exception {
        PluginFiles files = new PluginFiles(root.resolve("plugins"));
        Path source = Files.writeString(root.resolve("x.jar"), "jar");
        files.keep("emails", "1.0.0", source);
        files.keep("emails", "2.0.0", source);
        files.keep("emails", "3.0.0-rc.1", source);

        files.retainOnly("emails", Set.of("2.0.0", "3.0.0-rc.1"));

        assertEquals(Set.of("2.0.0", "3.0.0-rc.1"), Set.copyOf(files.versions("emails")));
        assertEquals(root.resolve("plugins/emails/2.0.0.jar"), files.existing("emails", "2.0.0").orElseThrow());
        files.deleteAll("emails");
        assertFalse(Files.exists(root.resolve("plugins/emails")));
    }

    @Test
    void idsAndVersionsThatCouldLeaveTheFolderAreRefused() {
        PluginFiles files = new PluginFiles(root.resolve("plugins"));

        assertThrows(IllegalArgumentException.class, () -> files.jar("../etc", "1.0.0"));
        assertThrows(IllegalArgumentException.class, () -> files.jar("emails", "../../x"));
        assertThrows(IllegalArgumentException.class, () -> files.jar("emails", "1.0.0/.."));
        assertThrows(IllegalArgumentException.class, () -> files.jar("Emails", "1.0.0"));
    }
}
