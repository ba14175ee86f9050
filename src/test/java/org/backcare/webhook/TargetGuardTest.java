package org.backcare.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guard's decision for each target, in production (no local targets): IANA's special-purpose
 * registries, the embedded IPv4 of mapped, NAT64, 6to4 and Teredo addresses, and the URL's shape.
 * Names resolve through a stub, so nothing here asks DNS or opens a connection.
 */
class TargetGuardTest {

    private static final Map<String, String[]> DNS = Map.of(
            "localhost", new String[] {"127.0.0.1", "::1"},
            "clinic.example", new String[] {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"},
            "half-private.example", new String[] {"93.184.216.34", "10.0.0.7"},
            "metadata.example", new String[] {"169.254.169.254"});

    private final TargetGuard production = new TargetGuard(false, TargetGuardTest::resolve);
    private final TargetGuard development = new TargetGuard(true, TargetGuardTest::resolve);

    static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] answers = DNS.get(host);
        if (answers == null) {
            // IP literals only: InetAddress parses them without a lookup.
            if (!host.matches("[0-9a-fA-F:.]+")) {
                throw new UnknownHostException(host);
            }
            return InetAddress.getAllByName(host);
        }
        InetAddress[] addresses = new InetAddress[answers.length];
        for (int i = 0; i < answers.length; i++) {
            addresses[i] = InetAddress.getByName(answers[i]);
        }
        return addresses;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://93.184.216.34/hook                        | allowed
            https://[2606:2800:220:1:248:1893:25c8:1946]:8443/ | allowed
            https://clinic.example/backcare/events            | allowed
            https://1.1.1.1:443/                              | allowed
            https://8.8.8.8/                                  | allowed
            https://[2001:4860:4860::8888]/                   | allowed
            https://[64:ff9b::5db8:d822]/                     | allowed
            https://[2002:5db8:d822::1]/                      | allowed
            https://192.0.0.9/                                | allowed
            https://192.31.196.1/                             | allowed
            https://[2001:1::1]/                              | allowed
            https://[2001:20::1]/                             | allowed
            https://[::ffff:93.184.216.34]/                   | allowed
            https://127.0.0.1/hook                            | refused
            https://127.255.255.254/                          | refused
            https://localhost/hook                            | refused
            https://[::1]/hook                                | refused
            https://[::]/                                     | refused
            https://0.0.0.0/                                  | refused
            https://0.1.2.3/                                  | refused
            https://10.1.2.3/                                 | refused
            https://172.16.0.9/                               | refused
            https://172.31.255.255/                           | refused
            https://192.168.1.20/                             | refused
            https://100.64.0.1/                               | refused
            https://100.127.255.254/                          | refused
            https://169.254.169.254/latest/meta-data          | refused
            https://metadata.example/                         | refused
            https://half-private.example/                     | refused
            https://192.0.0.1/                                | refused
            https://192.0.0.8/                                | refused
            https://192.0.0.170/                              | refused
            https://192.0.2.1/                                | refused
            https://198.51.100.1/                             | refused
            https://203.0.113.1/                              | refused
            https://192.88.99.1/                              | refused
            https://198.18.0.1/                               | refused
            https://198.19.255.1/                             | refused
            https://224.0.0.1/                                | refused
            https://239.255.255.250/                          | refused
            https://240.0.0.1/                                | refused
            https://255.255.255.255/                          | refused
            https://[::127.0.0.1]/                            | refused
            https://[::7f00:1]/                               | refused
            https://[::10.0.0.1]/                             | refused
            https://[::ffff:127.0.0.1]/                       | refused
            https://[::ffff:10.0.0.1]/                        | refused
            https://[64:ff9b::127.0.0.1]/                     | refused
            https://[64:ff9b::a9fe:a9fe]/                     | refused
            https://[64:ff9b:1::1]/                           | refused
            https://[2002:7f00:1::]/                          | refused
            https://[2002:a9fe:a9fe::]/                       | refused
            https://[2002:c0a8:101::1]/                       | refused
            https://[2001::1]/                                | refused
            https://[2001:0:5db8:d822::a247:2ddd]/            | allowed
            https://[2001:0:5db8:d822::f5ff:fffe]/            | refused
            https://[2001:db8::1]/                            | refused
            https://[3fff::1]/                                | refused
            https://[100::1]/                                 | refused
            https://[2001:2::1]/                              | refused
            https://[2001:10::1]/                             | refused
            https://[5f00::1]/                                | refused
            https://[fc00::1]/                                | refused
            https://[fd12:3456::1]/                           | refused
            https://[fe80::1]/                                | refused
            https://[fec0::1]/                                | refused
            https://[ff02::1]/                                | refused
            https://1.1.1.1:99999/                            | refused
            https://1.1.1.1:0/                                | refused
            https://exa_mple.com/                             | refused
            https://no-such-host.invalid/                     | refused
            http://93.184.216.34/hook                         | refused
            ftp://93.184.216.34/hook                          | refused
            https://user:pw@93.184.216.34/hook                | refused
            https://93.184.216.34/hook#x                      | refused
            /relative/hook                                    | refused
            not a url                                         | refused
            """)
    void productionDecides(String url, String expected) {
        Optional<String> refusal = production.refusal(url);
        assertEquals(expected, refusal.isPresent() ? "refused" : "allowed", url + ": " + refusal.orElse(""));
    }

    /** The reason, for the log; a client is told only that the addresses are not all global (no DNS oracle). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ::ffff:127.0.0.1   | 127.0.0.1
            64:ff9b::a9fe:a9fe | 169.254.169.254
            2002:a9fe:a9fe::   | 169.254.169.254
            198.51.100.1       | Documentation (TEST-NET-2)
            2001:0:5db8:d822::f5ff:fffe | 10.0.0.1
            """)
    void aRefusalSaysWhyInTheLog(String address, String mentioned) {
        UnknownHostException refused = assertThrows(TargetGuard.RefusedAddress.class, () -> production.addressesFor(address));
        assertTrue(refused.getMessage().contains(mentioned), refused.getMessage());
    }

    @Test
    void aPrivateAddressAndAnUnknownNameGetTheSameAnswer() {
        assertEquals(production.refusal("https://10.0.0.7/"), production.refusal("https://no-such-host.invalid/"));
        assertEquals("has a port outside 1 to 65535", production.refusal("https://1.1.1.1:99999/").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1:8089/hook | allowed
            http://localhost/hook      | allowed
            https://10.1.2.3/hook      | allowed
            http://10.1.2.3/hook       | refused
            http://93.184.216.34/hook  | refused
            """)
    void developmentAllowsLocalTargetsButHttpsOffLoopback(String url, String expected) {
        assertEquals(expected, development.refusal(url).isPresent() ? "refused" : "allowed", url);
    }
}
