package io.custodian.demo.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Makes up people from a seeded {@link Random}: the same seed gives the same people. E-mail
 * addresses are unique among the people one instance makes and use reserved example domains, so
 * no real mailbox is named.
 */
final class People {

    private static final List<String> MAIL_DOMAINS = List.of("example.com", "example.net", "example.org",
            "mail.example", "post.example");

    private final Random random;
    private final Set<String> emails = new HashSet<>();

    People(Random random) {
        this.random = random;
    }

    /** A person of a country chosen by share, born between {@code bornAfter} and {@code bornBefore}. */
    Person next(LocalDate bornAfter, LocalDate bornBefore) {
        return next(Country.pick(random, Countries.BY_SHARE), bornAfter, bornBefore, null);
    }

    /** A person living in {@code country} whose e-mail address is at {@code mailDomain}, or a common domain if null. */
    Person next(Country country, LocalDate bornAfter, LocalDate bornBefore, String mailDomain) {
        String first = Country.pick(random, Countries.FIRST_NAMES);
        String last = Country.pick(random, country.lastNames());
        String domain = mailDomain != null ? mailDomain : Country.pick(random, MAIL_DOMAINS);
        return new Person(first, last, email(first, last, domain), country.mobile(random),
                between(bornAfter, bornBefore), country.street(random), Country.pick(random, country.cities()),
                country.postalCode(random), country);
    }

    /** A date between {@code from} (inclusive) and {@code to} (exclusive). */
    LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays((long) (random.nextDouble() * days));
    }

    private String email(String first, String last, String domain) {
        String f = ascii(first);
        String l = ascii(last);
        String local = switch (random.nextInt(4)) {
            case 0 -> f + "." + l;
            case 1 -> f.charAt(0) + l;
            case 2 -> f + "_" + l;
            default -> f + "." + l + (random.nextInt(90) + 10);
        };
        String address = local + "@" + domain;
        for (int n = 2; !emails.add(address); n++) {
            address = local + n + "@" + domain;
        }
        return address;
    }

    /** Lower case without accents or spaces: {@code Zoë} becomes {@code zoe}, {@code de Jong} {@code dejong}. */
    static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
