package io.custodian.platform.security.internal.password;

/**
 * Cost parameters for new Argon2id hashes. Stored hashes carry their own parameters, so changing
 * these affects only passwords hashed afterwards.
 *
 * @param memoryKib   memory cost in KiB
 * @param iterations  time cost (passes over memory)
 * @param parallelism lanes
 * @param saltBytes   length of the random salt
 * @param hashBytes   length of the derived hash
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism, int saltBytes, int hashBytes) {

    /**
     * OWASP's recommendation for Argon2id (m=19 MiB, t=2, p=1). One lane, so a login occupies one
     * core of a 2-core server; Bouncy Castle needs about 140 ms per check on the reference machine.
     */
    public static final Argon2Settings OWASP = new Argon2Settings(19_456, 2, 1, 16, 32);

    public Argon2Settings {
        PhcArgon2Hash.checkParameters(memoryKib, iterations, parallelism);
        if (saltBytes < PhcArgon2Hash.MIN_SALT_BYTES || hashBytes < PhcArgon2Hash.MIN_HASH_BYTES) {
            throw new IllegalArgumentException("salt or hash too short");
        }
    }
}
