package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnswersTest {

    static Stream<Arguments> requests() {
        return Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1).flatMap(v -> Stream.of(MessageType.values())
                .filter(MessageType::isRequest).map(t -> Arguments.of(v, t)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("requests")
    void a_failure_answer_of_the_right_type_is_valid(ProtocolVersion version, MessageType requestType) {
        Header request = Fixtures.header(requestType, version);
        BiAnswer answer = Answers.failure(request, Result.of(ResultCode.malformed(version), "bad DevEUI"));
        assertThat(answer.messageType()).isEqualTo(requestType.answerType().orElseThrow());
        assertThat(answer.getClass()).isEqualTo(answer.messageType().messageClass());
        assertThat(answer.header()).isEqualTo(request.answerHeader());
        assertThat(answer.result().description()).isEqualTo("bad DevEUI");
        assertThat(answer.isSuccess()).isFalse();
        assertThat(Validation.violations(answer)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void refuses_headers_that_are_not_answer_headers(ProtocolVersion version) {
        Header request = Fixtures.header(MessageType.HomeNSReq, version);
        assertThatThrownBy(() -> Answers.withResult(request, Result.success()))
                .isInstanceOf(IllegalArgumentException.class);
        Header notif = Fixtures.header(MessageType.ErrorNotif, ProtocolVersion.V1_1);
        assertThatThrownBy(() -> Answers.failure(notif, Result.success())).isInstanceOf(IllegalStateException.class);
    }
}
