package io.lorawanbi.cli;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The devices a HomeNS responder knows, from a CSV file with the header line
 * {@code join_eui,dev_eui,home_net_id,home_ns_id} ({@code home_net_id} and {@code home_ns_id} may be
 * empty: the responder's defaults then apply). Immutable.
 */
final class DeviceFile {

    static final String HEADER = "join_eui,dev_eui,home_net_id,home_ns_id";

    /** A device's home. */
    record Home(Optional<NetID> netId, Optional<EUI64> nsId) {}

    private record Key(EUI64 joinEui, EUI64 devEui) {}

    private final Map<Key, Home> homes;
    private final Set<EUI64> joinEuis;

    private DeviceFile(Map<Key, Home> homes, Set<EUI64> joinEuis) {
        this.homes = Map.copyOf(homes);
        this.joinEuis = Set.copyOf(joinEuis);
    }

    /**
     * Reads a device file: UTF-8 text, with or without a byte order mark (spreadsheets write one in
     * "CSV UTF-8").
     */
    static DeviceFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException(Errors.cannotRead(file, e));
        }
        return parse(text(bytes, file.toString()).lines().toList(), file.toString());
    }

    /** The bytes as UTF-8 text without a leading byte order mark; not UTF-8 names the line. */
    static String text(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new UsageException(source + ":" + line + ": not UTF-8 text (byte " + (in.position() + 1) + ")");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static DeviceFile parse(List<String> lines, String source) {
        if (lines.isEmpty() || !lines.get(0).strip().replace(" ", "").equalsIgnoreCase(HEADER)) {
            throw new UsageException(source + ": the first line must be " + HEADER);
        }
        Map<Key, Home> homes = new HashMap<>();
        Set<EUI64> joinEuis = new LinkedHashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split(",", -1);
            if (c.length != 4) {
                throw new UsageException(source + ":" + (i + 1) + ": expected 4 comma-separated columns, got " + c.length);
            }
            try {
                Key key = new Key(EUI64.parse(c[0].strip()), EUI64.parse(c[1].strip()));
                Optional<EUI64> ns = c[3].isBlank() ? Optional.empty() : Optional.of(EUI64.parse(c[3].strip()));
                Optional<NetID> net = c[2].isBlank() ? Optional.empty() : Optional.of(NetID.parse(c[2].strip()));
                if (homes.put(key, new Home(net, ns)) != null) {
                    throw new UsageException(source + ":" + (i + 1) + ": device " + key.devEui() + " is listed twice");
                }
                joinEuis.add(key.joinEui());
            } catch (IllegalArgumentException e) {
                throw new UsageException(source + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return new DeviceFile(homes, joinEuis);
    }

    Optional<Home> home(EUI64 joinEui, EUI64 devEui) {
        return Optional.ofNullable(homes.get(new Key(joinEui, devEui)));
    }

    Set<EUI64> joinEuis() {
        return joinEuis;
    }

    /** Whether some device has no home NetID of its own (it needs a default). */
    boolean lacksNetId() {
        return homes.values().stream().anyMatch(h -> h.netId().isEmpty());
    }

    int size() {
        return homes.size();
    }
}
