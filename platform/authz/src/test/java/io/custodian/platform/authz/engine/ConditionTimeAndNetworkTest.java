package io.custodian.platform.authz.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.authz.api.RequestContext;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Subject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConditionTimeAndNetworkTest {

    private static boolean at(String expression, String utcTime) {
        return Condition.parse(expression).test(Subject.of("u"), ResourceRef.NONE,
                new RequestContext(Instant.parse("2025-03-10T" + utcTime + "Z"), "", ZoneOffset.UTC));
    }

    private static boolean from(String expression, String ip) {
        return Condition.parse(expression).test(Subject.of("u"), ResourceRef.NONE,
                new RequestContext(Instant.parse("2025-03-10T12:00:00Z"), ip, ZoneOffset.UTC));
    }

    @Test
    void officeHoursIncludeStartAndExcludeEnd() {
        String hours = "between(request.time, '09:00', '17:00')";
        assertFalse(at(hours, "08:59:59"));
        assertTrue(at(hours, "09:00:00"));
        assertTrue(at(hours, "16:59:59"));
        assertFalse(at(hours, "17:00:00"));
    }

    @Test
    void windowAcrossMidnight() {
        String night = "between(request.time, '22:00', '06:00')";
        assertTrue(at(night, "23:30:00"));
        assertTrue(at(night, "00:00:00"));
        assertTrue(at(night, "05:59:00"));
        assertFalse(at(night, "06:00:00"));
        assertFalse(at(night, "12:00:00"));
        assertTrue(at(night, "22:00:00"));
    }

    @Test
    void timeOfDayIsReadInTheContextZone() {
        Condition office = Condition.parse("between(request.time, '09:00', '17:00') and request.day == 'MON'");
        Instant utcEight = Instant.parse("2025-03-10T08:30:00Z");

        assertFalse(office.test(Subject.of("u"), ResourceRef.NONE, new RequestContext(utcEight, "", ZoneOffset.UTC)));
        assertTrue(office.test(Subject.of("u"), ResourceRef.NONE,
                new RequestContext(utcEight, "", ZoneId.of("Europe/Berlin"))));
    }

    @Test
    void dayAndDateFollowTheZone() {
        Condition sunday = Condition.parse("request.day == 'SUN' and request.date == '2025-03-09'");
        Instant utcMidnight = Instant.parse("2025-03-10T00:30:00Z");

        assertTrue(sunday.test(Subject.of("u"), ResourceRef.NONE,
                new RequestContext(utcMidnight, "", ZoneId.of("America/New_York"))));
        assertFalse(sunday.test(Subject.of("u"), ResourceRef.NONE, new RequestContext(utcMidnight, "", ZoneOffset.UTC)));
    }

    @Test
    void timesCompareWithHourMinuteStrings() {
        assertTrue(at("request.time < '09:00' or request.time >= '18:00'", "07:15:00"));
        assertFalse(at("request.time < '09:00' or request.time >= '18:00'", "12:00:00"));
        assertTrue(at("request.time == '12:00'", "12:00:00"));
        assertTrue(at("request.time > '11:59:59'", "12:00:00"));
    }

    @Test
    void cidrMatchesIpv4Ranges() {
        assertTrue(from("cidr(request.ip, '192.168.0.0/16')", "192.168.44.7"));
        assertFalse(from("cidr(request.ip, '192.168.0.0/16')", "192.169.0.1"));
        assertTrue(from("cidr(request.ip, '172.16.0.0/12')", "172.31.255.255"));
        assertFalse(from("cidr(request.ip, '172.16.0.0/12')", "172.32.0.0"));
        assertTrue(from("cidr(request.ip, '0.0.0.0/0')", "8.8.8.8"));
        assertTrue(from("cidr(request.ip, '8.8.8.8')", "8.8.8.8"));
        assertFalse(from("cidr(request.ip, '8.8.8.8')", "8.8.8.9"));
    }

    @Test
    void cidrMatchesIpv6Ranges() {
        assertTrue(from("cidr(request.ip, '2001:db8::/32')", "2001:db8:1234::1"));
        assertFalse(from("cidr(request.ip, '2001:db8::/32')", "2001:db9::1"));
        assertTrue(from("cidr(request.ip, '::1/128')", "0:0:0:0:0:0:0:1"));
        assertTrue(from("cidr(request.ip, 'fe80::/10')", "fe80::1%eth0"));
        assertFalse(from("cidr(request.ip, '2001:db8::/32')", "10.0.0.1"));
    }

    @Test
    void ipv4MappedAddressFallsIntoIpv4Range() {
        assertTrue(from("cidr(request.ip, '10.0.0.0/8')", "::ffff:10.9.8.7"));
        assertTrue(from("cidr(request.ip, '::ffff:10.0.0.0/104')", "10.1.1.1"));
    }

    @Test
    void cidrAcceptsSeveralRanges() {
        String internal = "cidr(request.ip, '10.0.0.0/8', '192.168.0.0/16', 'fd00::/8')";
        assertTrue(from(internal, "192.168.1.1"));
        assertTrue(from(internal, "fd12::5"));
        assertFalse(from(internal, "203.0.113.9"));
    }

    @Test
    void unknownOrMalformedClientAddressIsOutsideEveryRange() {
        assertFalse(from("cidr(request.ip, '0.0.0.0/0')", ""));
        assertFalse(from("cidr(request.ip, '0.0.0.0/0')", "localhost"));
        assertFalse(from("cidr(request.ip, '0.0.0.0/0')", "10.0.0.256"));
        assertFalse(from("request.ip == null", "10.0.0.1"));
        assertTrue(from("request.ip == null", ""));
    }
}
