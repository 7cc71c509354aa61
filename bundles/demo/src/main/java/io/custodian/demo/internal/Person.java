package io.custodian.demo.internal;

import java.time.LocalDate;

/** A made-up person with the personal data a shop keeps. */
record Person(String firstName, String lastName, String email, String phone, LocalDate birthDate, String street,
              String city, String postalCode, Country country) {
}
