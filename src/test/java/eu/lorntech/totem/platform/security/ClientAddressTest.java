package eu.lorntech.totem.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    final ClientAddress none = new ClientAddress("");
    final ClientAddress proxies = new ClientAddress("10.0.0.5, 192.168.0.0/16, fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", none.resolve("203.0.113.9", "198.51.100.1"));
    }

    @Test
    void aStrangerCannotNameAnotherAddress() {
        assertEquals("203.0.113.9", proxies.resolve("203.0.113.9", "198.51.100.1"), "the peer is no proxy of ours");
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        assertEquals("198.51.100.1", proxies.resolve("10.0.0.5", "198.51.100.1"));
        assertEquals("198.51.100.1", proxies.resolve("10.0.0.5", "6.6.6.6, 198.51.100.1, 192.168.3.4"),
                "what the client wrote on the left is not believed");
        assertEquals("10.0.0.5", proxies.resolve("10.0.0.5", "not-an-address"), "garbage: the proxy is all we know");
        assertEquals("198.51.100.1", proxies.resolve("10.0.0.5", "[2001:db8::1]:443, 198.51.100.1:5678"));
    }

    @Test
    void namesAreNeverLookedUp() {
        assertTrue(ClientAddress.literal("localhost").isEmpty());
        assertTrue(ClientAddress.literal("example.org").isEmpty());
        assertTrue(ClientAddress.literal("999.1.1.1").isEmpty());
        assertTrue(ClientAddress.literal("1.2.3").isEmpty());
        assertTrue(ClientAddress.literal("dead").isEmpty());
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        assertEquals(ClientAddress.limitKey("2001:db8:1:2::1"), ClientAddress.limitKey("2001:db8:1:2:ffff::9"));
        assertEquals("2001:db8:1:2::/64", ClientAddress.limitKey("2001:db8:1:2::1"));
        assertEquals("198.51.100.1", ClientAddress.limitKey("198.51.100.1"));
    }

    @Test
    void aMalformedProxyListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress("proxy.example"));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress("10.0.0.0/33"));
    }
}
