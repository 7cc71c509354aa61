package io.custodian.platform.security.internal.password;

import java.security.MessageDigest;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hashes and verifies passwords with Argon2id (Bouncy Castle), stored as PHC strings. */
public final class Argon2PasswordHasher {

    private static final Logger LOG = LoggerFactory.getLogger(Argon2PasswordHasher.class);

    private final Argon2Settings settings;
    private final SecureRandom random;

    public Argon2PasswordHasher(Argon2Settings settings, SecureRandom random) {
        this.settings = settings;
        this.random = random;
    }

    /** A new PHC string for {@code password}, with a fresh random salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[settings.saltBytes()];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, settings.memoryKib(), settings.iterations(), settings.parallelism(),
                settings.hashBytes());
        return new PhcArgon2Hash(settings.memoryKib(), settings.iterations(), settings.parallelism(), salt, hash)
                .format();
    }

    /**
     * Whether {@code password} matches the stored PHC string. The comparison takes the same time
     * wherever the hashes differ. A malformed stored hash never matches.
     */
    public boolean verify(char[] password, String storedPhc) {
        PhcArgon2Hash stored;
        try {
            stored = PhcArgon2Hash.parse(storedPhc);
        } catch (IllegalArgumentException e) {
            // Never log the stored value: it is offline-guessable.
            LOG.warn("A stored password hash is malformed ({}); the login is refused", e.getMessage());
            return false;
        }
        byte[] expected = stored.hash();
        byte[] actual = derive(password, stored.salt(), stored.memoryKib(), stored.iterations(), stored.parallelism(),
                expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether a stored hash was made with other cost parameters than the current ones. */
    public boolean needsRehash(String storedPhc) {
        try {
            return !PhcArgon2Hash.parse(storedPhc).hasParameters(settings);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                 int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        // Characters are turned into UTF-8 bytes, as the reference implementation expects.
        generator.generateBytes(password, out);
        return out;
    }
}
