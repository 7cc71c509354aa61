package io.custodian.datasources.internal.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the master key comes from. If the environment variable {@value #ENV} is set, it holds the key (base64 of
 * 32 bytes) and the operator owns it: rotation happens by setting a new value and the old one in
 * {@value #ENV_PREVIOUS} for one restart. Otherwise the key is the file {@code master.key} in the data folder,
 * created with 32 random bytes on the first start and reused ever after.
 *
 * <p>Every other key still around (a rotation's {@code master.key.new} or {@code master.key.previous}, the
 * previous environment key, a key file next to an environment key) joins the ring so that secrets it sealed can
 * be opened and re-encrypted under the current key ({@code KeyRecovery}).
 */
public final class MasterKeySource {

    /** The environment variable that supplies the key. */
    public static final String ENV = "CUSTODIAN_MASTER_KEY";
    /** The environment variable that supplies the key an operator just rotated away from. */
    public static final String ENV_PREVIOUS = "CUSTODIAN_MASTER_KEY_PREVIOUS";

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeySource.class);

    /**
     * The loaded keys.
     *
     * @param ring     the current key and every older one found
     * @param external whether the key comes from the environment (the platform must not rotate it)
     * @param next     the key of a rotation that was interrupted before its key file was moved into place
     */
    public record Loaded(KeyRing ring, boolean external, Optional<MasterKey> next) {
    }

    private MasterKeySource() {
    }

    /**
     * Loads the keys.
     *
     * @param env    the process environment ({@code System::getenv} outside tests)
     * @param files  the key files of the data folder
     * @param random makes the key of a first start
     * @throws IllegalStateException if a variable or key file does not hold a key
     */
    public static Loaded load(Function<String, String> env, MasterKeyFiles files, SecureRandom random) {
        String supplied = env.apply(ENV);
        if (supplied != null && !supplied.isBlank()) {
            return fromEnvironment(supplied, env.apply(ENV_PREVIOUS), files);
        }
        return fromFiles(files, random);
    }

    private static Loaded fromEnvironment(String supplied, String previous, MasterKeyFiles files) {
        MasterKey current = parse(supplied, ENV);
        List<MasterKey> older = new ArrayList<>();
        if (previous != null && !previous.isBlank()) {
            older.add(parse(previous, ENV_PREVIOUS));
        }
        // A key file from before the operator switched to the variable still opens what it sealed.
        try {
            files.read(files.current()).ifPresent(older::add);
        } catch (IllegalStateException e) {
            LOG.warn("Ignoring the key file next to {}: {}", ENV, e.getMessage());
        }
        LOG.info("Master key {} from the environment variable {}", current.id(), ENV);
        return new Loaded(KeyRing.of(current, older), true, Optional.empty());
    }

    private static Loaded fromFiles(MasterKeyFiles files, SecureRandom random) {
        Optional<MasterKey> previous = files.read(files.previous());
        MasterKey current = files.read(files.current()).orElseGet(() -> firstKey(files, previous, random));
        Optional<MasterKey> next = files.read(files.next());
        List<MasterKey> older = new ArrayList<>();
        previous.ifPresent(older::add);
        next.ifPresent(older::add);
        return new Loaded(KeyRing.of(current, older), false, next);
    }

    private static MasterKey firstKey(MasterKeyFiles files, Optional<MasterKey> previous, SecureRandom random) {
        if (previous.isPresent()) {
            // master.key is never deleted by a rotation; if it is gone, someone removed it: the previous key is
            // the best guess for what the stored secrets need.
            LOG.warn("{} is missing; restoring it from {}", files.current(), files.previous());
            files.write(files.current(), previous.get());
            return previous.get();
        }
        MasterKey created = MasterKey.generate(random);
        files.write(files.current(), created);
        LOG.info("Created master key {} in {}; back this file up: without it stored credentials cannot be read",
                created.id(), files.current());
        return created;
    }

    private static MasterKey parse(String text, String variable) {
        try {
            return MasterKey.parse(text, "the environment variable " + variable);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
