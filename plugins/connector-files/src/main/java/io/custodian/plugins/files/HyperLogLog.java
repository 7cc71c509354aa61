package io.custodian.plugins.files;

/**
 * Estimates how many distinct strings it was given, in 16 KiB whatever their number (HyperLogLog, Flajolet
 * et al. 2007, with 2^14 registers: standard error about 0.8%, linear counting for small cardinalities).
 * Strings are hashed with 64-bit FNV-1a over their UTF-16 units followed by the SplitMix64 finaliser, which
 * spreads FNV's weak low bits.
 */
final class HyperLogLog {

    private static final int PRECISION = 14;
    private static final int REGISTERS = 1 << PRECISION;
    private static final double ALPHA = 0.7213 / (1 + 1.079 / REGISTERS);

    private final byte[] registers = new byte[REGISTERS];

    void add(String value) {
        long hash = hash(value);
        int register = (int) (hash >>> (64 - PRECISION));
        long rest = (hash << PRECISION) | (1L << (PRECISION - 1));
        byte rank = (byte) (Long.numberOfLeadingZeros(rest) + 1);
        if (rank > registers[register]) {
            registers[register] = rank;
        }
    }

    long estimate() {
        double sum = 0;
        int zeros = 0;
        for (byte r : registers) {
            sum += 1.0 / (1L << r);
            if (r == 0) {
                zeros++;
            }
        }
        double estimate = ALPHA * REGISTERS * REGISTERS / sum;
        if (estimate <= 2.5 * REGISTERS && zeros > 0) {
            estimate = REGISTERS * Math.log((double) REGISTERS / zeros);
        }
        return Math.round(estimate);
    }

    static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }
}
