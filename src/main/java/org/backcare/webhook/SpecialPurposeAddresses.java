package org.backcare.webhook;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressNetwork.IPAddressGenerator;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether an address is globally reachable, by IANA's special-purpose address registries (the
 * table in {@code webhook/special-purpose-addresses.tsv}). Addresses that carry an IPv4 address
 * (IPv4-mapped, NAT64, 6to4, Teredo) are judged by the IPv4 address they lead to as well.
 */
final class SpecialPurposeAddresses {

    private enum Reach { NO, YES, EMBEDDED }

    private record Block(IPAddress range, Reach reach, String name) {
    }

    private static final String TABLE = "webhook/special-purpose-addresses.tsv";
    private static final IPAddress GLOBAL_UNICAST_V6 = new IPAddressString("2000::/3").getAddress().toPrefixBlock();
    private static final IPAddress TEREDO = new IPAddressString("2001::/32").getAddress().toPrefixBlock();

    /** Most specific first, so the first block containing an address is the one that decides. */
    private final List<Block> blocks;

    private SpecialPurposeAddresses(List<Block> blocks) {
        this.blocks = blocks.stream()
                .sorted(Comparator.comparing((Block b) -> -b.range().getNetworkPrefixLength())).toList();
    }

    static SpecialPurposeAddresses fromRegistry() {
        InputStream table = SpecialPurposeAddresses.class.getClassLoader().getResourceAsStream(TABLE);
        if (table == null) {
            throw new IllegalStateException(TABLE + " is missing");
        }
        List<Block> blocks = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] column = line.split("\t");
                    IPAddress range = new IPAddressString(column[0]).getAddress();
                    if (range == null || column.length < 3) {
                        throw new IllegalStateException(TABLE + ": cannot read " + line);
                    }
                    blocks.add(new Block(range.toPrefixBlock(), Reach.valueOf(column[1].toUpperCase()), column[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpecialPurposeAddresses(blocks);
    }

    /** Why the address is not globally reachable (the registry's name for its block), or empty when it is. */
    Optional<String> notGlobal(InetAddress address) {
        return notGlobal(new IPAddressGenerator().from(address));
    }

    private Optional<String> notGlobal(IPAddress address) {
        Optional<Block> block = blocks.stream().filter(b -> b.range().contains(address)).findFirst();
        if (block.isEmpty()) {
            return address.isIPv6() && !GLOBAL_UNICAST_V6.contains(address)
                    ? Optional.of("outside IPv6 global unicast space")
                    : Optional.empty();
        }
        return switch (block.get().reach()) {
            case YES -> Optional.empty();
            case NO -> Optional.of(block.get().name());
            case EMBEDDED -> embedded(address.toIPv6()).stream()
                    .flatMap(v4 -> notGlobal(v4).map(why -> block.get().name() + " of " + v4 + ": " + why).stream())
                    .findFirst();
        };
    }

    /** The IPv4 addresses an IPv6 address leads to: Teredo carries two (its server and its client). */
    private static List<IPv4Address> embedded(IPv6Address address) {
        if (address.is6To4()) {
            return List.of(address.get6To4IPv4Address());
        }
        if (TEREDO.contains(address)) {
            // RFC 4380 section 4: the client's address is stored with every bit inverted.
            IPv4Address client = address.getEmbeddedIPv4Address(12);
            return List.of(address.getEmbeddedIPv4Address(4),
                    new IPv4Address(~client.intValue()));
        }
        return List.of(address.getEmbeddedIPv4Address());   // IPv4-mapped and NAT64: the last 32 bits
    }
}
