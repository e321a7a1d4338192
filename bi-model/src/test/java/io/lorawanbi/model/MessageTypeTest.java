package io.lorawanbi.model;

import static io.lorawanbi.model.Role.ANY;
import static io.lorawanbi.model.Role.APPLICATION_SERVER;
import static io.lorawanbi.model.Role.JOIN_SERVER;
import static io.lorawanbi.model.Role.NETWORK_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.MessageType.Kind;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTypeTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(MessageType.JoinReq, MessageType.JoinAns),
                Arguments.of(MessageType.RejoinReq, MessageType.RejoinAns),
                Arguments.of(MessageType.AppSKeyReq, MessageType.AppSKeyAns),
                Arguments.of(MessageType.PRStartReq, MessageType.PRStartAns),
                Arguments.of(MessageType.PRStopReq, MessageType.PRStopAns),
                Arguments.of(MessageType.HRStartReq, MessageType.HRStartAns),
                Arguments.of(MessageType.HRStopReq, MessageType.HRStopAns),
                Arguments.of(MessageType.HomeNSReq, MessageType.HomeNSAns),
                Arguments.of(MessageType.ProfileReq, MessageType.ProfileAns),
                Arguments.of(MessageType.XmitDataReq, MessageType.XmitDataAns));
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @MethodSource("pairs")
    void request_and_answer_name_each_other(MessageType request, MessageType answer) {
        assertThat(request.kind()).isEqualTo(Kind.REQUEST);
        assertThat(request.isRequest()).isTrue();
        assertThat(request.isAnswer()).isFalse();
        assertThat(answer.kind()).isEqualTo(Kind.ANSWER);
        assertThat(answer.isAnswer()).isTrue();
        assertThat(answer.isRequest()).isFalse();
        assertThat(request.answerType()).contains(answer);
        assertThat(answer.requestType()).contains(request);
        assertThat(request.requestType()).isEmpty();
        assertThat(answer.answerType()).isEmpty();
    }

    @Test
    void every_request_and_answer_is_in_exactly_one_pair() {
        EnumSet<MessageType> paired = EnumSet.noneOf(MessageType.class);
        pairs().forEach(a -> {
            paired.add((MessageType) a.get()[0]);
            paired.add((MessageType) a.get()[1]);
        });
        assertThat(paired).hasSize(20);
        assertThat(EnumSet.complementOf(paired))
                .containsExactlyInAnyOrder(MessageType.PRStartNotif, MessageType.ErrorNotif);
    }

    @ParameterizedTest
    @EnumSource(names = {"PRStartNotif", "ErrorNotif"})
    void notifications_have_neither_request_nor_answer(MessageType type) {
        assertThat(type.kind()).isEqualTo(Kind.NOTIFICATION);
        assertThat(type.isRequest()).isFalse();
        assertThat(type.isAnswer()).isFalse();
        assertThat(type.answerType()).isEmpty();
        assertThat(type.requestType()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"PRStartNotif", "ErrorNotif"})
    void notifications_exist_only_in_1_1(MessageType type) {
        assertThat(type.existsIn(ProtocolVersion.V1_0)).isFalse();
        assertThat(type.existsIn(ProtocolVersion.V1_1)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = {"PRStartNotif", "ErrorNotif"})
    void requests_and_answers_exist_in_both_versions(MessageType type) {
        assertThat(type.existsIn(ProtocolVersion.V1_0)).isTrue();
        assertThat(type.existsIn(ProtocolVersion.V1_1)).isTrue();
    }

    @Test
    void rejoin_request_exists_in_both_versions() {
        assertThat(MessageType.RejoinReq.existsIn(ProtocolVersion.V1_0)).isTrue();
        assertThat(MessageType.RejoinReq.existsIn(ProtocolVersion.V1_1)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void no_type_exists_in_an_unsupported_version(MessageType type) {
        assertThat(type.existsIn(ProtocolVersion.of("1.2"))).isFalse();
        assertThat(type.existsIn(ProtocolVersion.of("1.0.0"))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void wire_name_is_the_constant_name_and_reads_back(MessageType type) {
        assertThat(type.wireName()).isEqualTo(type.name());
        assertThat(MessageType.fromWireName(type.wireName())).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"homensreq", "HOMENSREQ", "HomeNsReq", "HomeNSReq ", "", "UnknownReq", "Kind"})
    void from_wire_name_is_case_sensitive_and_exact(String text) {
        assertThat(MessageType.fromWireName(text)).isEmpty();
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(MessageType.JoinReq, NETWORK_SERVER, JOIN_SERVER),
                Arguments.of(MessageType.JoinAns, JOIN_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.RejoinReq, NETWORK_SERVER, JOIN_SERVER),
                Arguments.of(MessageType.RejoinAns, JOIN_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.HomeNSReq, NETWORK_SERVER, JOIN_SERVER),
                Arguments.of(MessageType.HomeNSAns, JOIN_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.AppSKeyReq, APPLICATION_SERVER, JOIN_SERVER),
                Arguments.of(MessageType.AppSKeyAns, JOIN_SERVER, APPLICATION_SERVER),
                Arguments.of(MessageType.PRStartReq, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.PRStartAns, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.PRStopReq, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.PRStopAns, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.HRStartReq, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.HRStartAns, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.HRStopReq, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.HRStopAns, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.ProfileReq, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.ProfileAns, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.XmitDataReq, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.XmitDataAns, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.PRStartNotif, NETWORK_SERVER, NETWORK_SERVER),
                Arguments.of(MessageType.ErrorNotif, ANY, ANY));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("roles")
    void sender_and_receiver_roles(MessageType type, Role sender, Role receiver) {
        assertThat(type.senderRole()).isEqualTo(sender);
        assertThat(type.receiverRole()).isEqualTo(receiver);
    }

    @Test
    void role_table_covers_every_type() {
        assertThat(roles().map(a -> (MessageType) a.get()[0])).containsExactlyInAnyOrder(MessageType.values());
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void an_answer_travels_back_along_its_request(MessageType request, MessageType answer) {
        assertThat(answer.senderRole()).isEqualTo(request.receiverRole());
        assertThat(answer.receiverRole()).isEqualTo(request.senderRole());
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void message_class_is_the_record_of_the_same_name(MessageType type) {
        assertThat(type.messageClass().getSimpleName()).isEqualTo(type.name());
        assertThat(type.messageClass().getPackageName()).isEqualTo("io.lorawanbi.model.message");
        assertThat(type.messageClass().isRecord()).isTrue();
    }
}
