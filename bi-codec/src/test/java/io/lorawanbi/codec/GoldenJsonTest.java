package io.lorawanbi.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.testsupport.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the emitted form of every message type in both versions, byte for byte: member names and
 * order, hex case, omitted members, version-specific members and code names. A golden file changes
 * only when the wire format is meant to change.
 */
class GoldenJsonTest {

    private final BiCodec codec = BiCodec.standard();

    static Stream<Arguments> messages() {
        return Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)
                .flatMap(v -> Fixtures.all(v).stream().map(m -> Arguments.of(v, m.messageType(), m)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("messages")
    void emitted_json_equals_the_golden_file(ProtocolVersion version, MessageType type, BiMessage message)
            throws IOException {
        String golden = golden(version, type);
        assertThat(new String(codec.encode(message), StandardCharsets.UTF_8)).isEqualTo(golden);
        assertThat(codec.decode(golden.getBytes(StandardCharsets.UTF_8))).isEqualTo(message);
    }

    static String golden(ProtocolVersion version, MessageType type) throws IOException {
        String name = "/golden/" + version + "/" + type + ".json";
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
