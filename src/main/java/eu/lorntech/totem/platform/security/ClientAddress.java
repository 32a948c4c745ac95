package eu.lorntech.totem.platform.security;

import eu.lorntech.totem.platform.config.Settings;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The address of the client behind a request, for limits per client (the sign-in throttle, a
 * guest limit). It is the socket's peer; {@code X-Forwarded-For} is believed only when that peer is
 * one of the configured proxies (setting {@code totem.trusted-proxies}, env
 * {@code TOTEM_TRUSTED_PROXIES}: addresses or CIDR blocks, comma-separated, none by default),
 * because anyone can send the header. Walking the header from the right, the first address that
 * is not a trusted proxy is the client: entries further left were written by the client itself.
 * <p>
 * Servlet-free: the web or REST layer passes {@code request.getRemoteAddr()} and the header's
 * values (joined with commas), and gets a string to hand to a boundary.
 */
public final class ClientAddress {

    private static final ClientAddress CONFIGURED = new ClientAddress(Settings.string("totem.trusted-proxies", ""));

    private record Block(byte[] network, int prefix) {
        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (a[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Block> trusted;

    /** @param proxies comma-separated addresses or CIDR blocks ({@code 10.0.0.0/8}, {@code fd00::/8}) */
    public ClientAddress(String proxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : proxies == null ? new String[0] : proxies.split(",")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            InetAddress a = literal(slash < 0 ? e : e.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("totem.trusted-proxies: not an IP address or block: " + e));
            int max = a.getAddress().length * 8;
            int prefix = slash < 0 ? max : Integer.parseInt(e.substring(slash + 1));
            if (prefix < 0 || prefix > max) {
                throw new IllegalArgumentException("totem.trusted-proxies: bad prefix length in " + e);
            }
            blocks.add(new Block(a.getAddress(), prefix));
        }
        this.trusted = List.copyOf(blocks);
    }

    /** With the configured proxies. */
    public static String of(String peer, String forwardedFor) {
        return CONFIGURED.resolve(peer, forwardedFor);
    }

    /** Fails at deployment, with the reason, when {@code totem.trusted-proxies} is malformed. */
    public static void checkConfiguration() {
        // nothing more: calling this loads the class, which reads and checks the setting
    }

    public String resolve(String peer, String forwardedFor) {
        Optional<InetAddress> direct = literal(peer);
        if (direct.isEmpty()) {
            return peer == null ? "unknown" : peer;
        }
        InetAddress client = direct.get();
        if (forwardedFor == null || !isTrusted(client)) {
            return client.getHostAddress();
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops[i]);
            if (hop.isEmpty()) {
                // written by someone we do not trust: the last trusted hop is all we know
                return client.getHostAddress();
            }
            client = hop.get();
            if (!isTrusted(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean isTrusted(InetAddress a) {
        return trusted.stream().anyMatch(b -> b.contains(a));
    }

    /**
     * The key a limit counts an address under: an IPv4 address as it is, an IPv6 address by its /64
     * network, since one subscriber usually holds a whole /64 and could otherwise take a fresh
     * address for every try.
     */
    public static String limitKey(String address) {
        Optional<InetAddress> a = literal(address);
        if (a.isEmpty()) {
            return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
        }
        if (a.get() instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                key.append(Integer.toHexString((b[i] & 0xFF) << 8 | b[i + 1] & 0xFF)).append(':');
            }
            return key.append(":/64").toString();
        }
        return a.get().getHostAddress();
    }

    /**
     * An IP literal ({@code 1.2.3.4}, {@code 1.2.3.4:5678}, {@code ::1}, {@code [::1]:80}), never a
     * name: only text that cannot start a DNS lookup reaches {@link InetAddress#getByName}.
     */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.startsWith("[")) {
            int end = t.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            t = t.substring(1, end);
        } else if (t.indexOf(':') > 0 && t.indexOf(':') == t.lastIndexOf(':') && t.indexOf('.') > 0) {
            t = t.substring(0, t.indexOf(':'));
        }
        if (t.isEmpty() || t.length() > 45 || !t.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty();
        }
        if (t.indexOf(':') < 0 && !isDottedQuad(t)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isDottedQuad(String t) {
        String[] parts = t.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
