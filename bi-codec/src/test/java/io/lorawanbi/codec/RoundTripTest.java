package io.lorawanbi.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.testsupport.Fixtures;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    private final BiCodec codec = BiCodec.standard();

    static Stream<Arguments> messages() {
        return Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)
                .flatMap(v -> Fixtures.all(v).stream().map(m -> Arguments.of(v, m.messageType(), m)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("messages")
    void decoding_what_was_encoded_gives_the_same_message(ProtocolVersion version, MessageType type, BiMessage message) {
        byte[] json = codec.encode(message);
        BiMessage decoded = codec.decode(json);
        assertThat(decoded).isEqualTo(message);
        assertThat(codec.encode(decoded)).isEqualTo(json);
    }
}
