package io.custodian.platform.security.internal.password;

import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash in the PHC string format: {@code $argon2id$v=19$m=<KiB>,t=<n>,p=<n>$<salt>$<hash>},
 * salt and hash in standard Base64 without padding (as the reference implementation writes them).
 */
public record PhcArgon2Hash(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

    /** The only Argon2 version accepted (0x13). */
    public static final int VERSION = 19;
    static final int MIN_SALT_BYTES = 8;
    static final int MIN_HASH_BYTES = 16;
    // Upper bounds stop a tampered or corrupt hash from making one login allocate gigabytes or spin for minutes.
    static final int MAX_MEMORY_KIB = 1 << 20;
    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;
    private static final int MAX_BYTES = 1024;

    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=(\\d{1,3})\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    public PhcArgon2Hash {
        checkParameters(memoryKib, iterations, parallelism);
        if (salt.length < MIN_SALT_BYTES || salt.length > MAX_BYTES) {
            throw new IllegalArgumentException("salt length out of range");
        }
        if (hash.length < MIN_HASH_BYTES || hash.length > MAX_BYTES) {
            throw new IllegalArgumentException("hash length out of range");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /**
     * Parses a PHC string.
     *
     * @throws IllegalArgumentException if it is not a well-formed Argon2id v19 hash within the accepted bounds
     */
    public static PhcArgon2Hash parse(String phc) {
        if (phc == null) {
            throw new IllegalArgumentException("no hash");
        }
        Matcher m = FORMAT.matcher(phc);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an argon2id PHC string");
        }
        if (Integer.parseInt(m.group(1)) != VERSION) {
            throw new IllegalArgumentException("unsupported argon2 version");
        }
        Base64.Decoder decoder = Base64.getDecoder();
        return new PhcArgon2Hash(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), decoder.decode(m.group(5)), decoder.decode(m.group(6)));
    }

    static void checkParameters(int memoryKib, int iterations, int parallelism) {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism out of range");
        }
        // Argon2 needs at least 8 KiB per lane.
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memory cost out of range");
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range");
        }
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /** Whether this hash was made with exactly these cost parameters. */
    public boolean hasParameters(Argon2Settings settings) {
        return memoryKib == settings.memoryKib() && iterations == settings.iterations()
                && parallelism == settings.parallelism() && hash.length == settings.hashBytes();
    }

    /** The PHC string. */
    public String format() {
        Base64.Encoder encoder = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=" + VERSION + "$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + encoder.encodeToString(salt) + "$" + encoder.encodeToString(hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhcArgon2Hash other && memoryKib == other.memoryKib && iterations == other.iterations
                && parallelism == other.parallelism && Arrays.equals(salt, other.salt) && Arrays.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hash) + Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        // The hash is a secret too: offline guessing starts from it.
        return "PhcArgon2Hash[m=" + memoryKib + ", t=" + iterations + ", p=" + parallelism + "]";
    }
}
