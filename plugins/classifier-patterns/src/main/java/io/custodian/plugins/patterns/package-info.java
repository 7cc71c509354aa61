/**
 * The built-in pattern classifiers (plugin {@code patterns}): e-mail addresses, phone numbers, payment card
 * numbers, IBANs, IPv4 addresses, dates of birth, person names and postal codes.
 *
 * <p>Each classifier combines a column-name hint ({@link io.custodian.plugins.patterns.NameHints}) with the
 * share of sampled values that match a validator (pattern or checksum) into a confidence
 * ({@link io.custodian.plugins.patterns.Confidence}), and reports the method, the pattern, the name hint and
 * the matched/examined counts as evidence, never a sampled value. Samples reach the plugin only if an
 * administrator granted {@code samples.read}; without them the name alone gives a lower confidence.
 * Nothing here is exported: the host finds the classifiers through {@code META-INF/services}.
 */
package io.custodian.plugins.patterns;
