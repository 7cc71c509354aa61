package io.custodian.platform.plugin.packaging.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code META-INF/services} files in {@link java.util.ServiceLoader}'s format: one binary class name a line,
 * {@code #} starts a comment, blank lines ignored.
 */
public final class ServiceFiles {

    /** Most class names one services file may list. */
    public static final int MAX_CLASSES = 100;
    private static final int MAX_CLASS_NAME_LENGTH = 512;

    private ServiceFiles() {
    }

    /** A services file's content is not in ServiceLoader's format; the message says which line. */
    public static final class MalformedException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    /** The class names listed in {@code content}, in file order, duplicates dropped. */
    public static List<String> classNames(byte[] content) throws MalformedException {
        List<String> names = new ArrayList<>();
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf('#');
            String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!isBinaryClassName(name)) {
                throw new MalformedException("line " + (i + 1) + " is " + Texts.quote(name) + ", which is not a Java class name");
            }
            if (!names.contains(name)) {
                names.add(name);
            }
            if (names.size() > MAX_CLASSES) {
                throw new MalformedException("it lists more than " + MAX_CLASSES + " classes");
            }
        }
        return names;
    }

    /** The jar entry holding the class named {@code binaryName}: {@code com/acme/Outer$Inner.class}. */
    public static String classEntry(String binaryName) {
        return binaryName.replace('.', '/') + ".class";
    }

    private static boolean isBinaryClassName(String name) {
        if (name.length() > MAX_CLASS_NAME_LENGTH) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0))
                    || !part.codePoints().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }
}
