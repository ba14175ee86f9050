package org.backcare.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The production rules (no local targets): https, public addresses only. IP literals need no DNS. */
class TargetGuardTest {

    private final TargetGuard production = new TargetGuard(false);
    private final TargetGuard development = new TargetGuard(true);

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/hook", "https://localhost/hook", "https://[::1]/hook",
            "https://10.1.2.3/hook", "https://172.16.0.9/hook", "https://192.168.1.20/hook",
            "https://169.254.169.254/latest/meta-data", "https://[fe80::1]/hook", "https://[fd12:3456::1]/hook",
            "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://[::ffff:10.0.0.1]/hook",
            "https://224.0.0.1/hook", "https://255.255.255.255/hook", "https://198.18.0.1/hook",
            "http://93.184.216.34/hook", "ftp://93.184.216.34/hook", "https://user:pw@93.184.216.34/hook",
            "/relative/hook", "https://93.184.216.34/hook#x", "not a url"})
    void productionRefuses(String url) {
        assertTrue(production.refusal(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hook", "https://[2606:2800:220:1:248:1893:25c8:1946]:8443/hook"})
    void productionAcceptsHttpsOnAPublicAddress(String url) {
        assertEquals(Optional.empty(), production.refusal(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8089/hook", "https://10.1.2.3/hook", "http://localhost/hook"})
    void developmentAllowsLocalTargets(String url) {
        assertEquals(Optional.empty(), development.refusal(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.1.2.3/hook", "http://93.184.216.34/hook"})
    void developmentStillNeedsHttpsOffLoopback(String url) {
        assertTrue(development.refusal(url).isPresent(), url);
    }
}
