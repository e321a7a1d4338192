package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EveryMessageValidTest {

    static Stream<Arguments> messages() {
        return Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)
                .flatMap(v -> Fixtures.all(v).stream().map(m -> Arguments.of(v, m.messageType(), m)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("messages")
    void every_fixture_is_valid_in_its_version(ProtocolVersion version, MessageType type, BiMessage message) {
        assertThat(Validation.violations(message)).isEmpty();
        assertThat(message.messageType()).isEqualTo(type);
        assertThat(type.messageClass()).isEqualTo(message.getClass());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void fixtures_cover_every_type_of_the_version(ProtocolVersion version) {
        Set<MessageType> covered = Fixtures.all(version).stream().map(BiMessage::messageType)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MessageType.class)));
        Set<MessageType> expected = Stream.of(MessageType.values()).filter(t -> t.existsIn(version))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MessageType.class)));
        assertThat(covered).isEqualTo(expected);
    }
}
