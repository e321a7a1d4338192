package io.lorawanbi.testkit.assertions;

import static io.lorawanbi.testkit.assertions.BiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.JoinAns;
import io.lorawanbi.model.message.JoinReq;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.OutboundResponse;
import io.lorawanbi.testkit.conformance.ReferenceServers;
import io.lorawanbi.testkit.fixtures.BiFixtures;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

class BiAssertionsTest {

    enum Version {
        V1_0(ProtocolVersion.V1_0), V1_1(ProtocolVersion.V1_1);

        final ProtocolVersion value;

        Version(ProtocolVersion value) {
            this.value = value;
        }
    }

    /** A request with both tokens, so that each can be checked to come back in its place. */
    private static HomeNSReq request(ProtocolVersion v) {
        return BiFixtures.homeNsReq(v).devEui(ReferenceServers.KNOWN).transactionId(3_000_000_000L)
                .senderToken(HexBytes.parse("0A0B0C0D")).receiverToken(HexBytes.parse("EE01")).build();
    }

    private static HomeNSAns answerWith(HomeNSReq request, UnaryOperator<Header.Builder> change) {
        return HomeNSAns.success(change.apply(request.header().answerHeader().toBuilder()).build(), ReferenceServers.HOME, null);
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void every_assertion_passes_on_the_reference_servers_answer(Version version) {
        HomeNSReq request = request(version.value);
        OutboundResponse response = ReferenceServers.server().handle(
                InboundRequest.builder(BiCodec.standard().encode(request)).contentType("application/json").build());
        HomeNSAns answer = BiCodec.standard().decode(response.body(), HomeNSAns.class);

        assertThat(answer).answers(request).isSuccess().hasResultCode(ResultCode.Success)
                .hasHomeNetId(ReferenceServers.HOME);
        if (version.value.is1_1()) {
            assertThat(answer).hasHomeNsId(ReferenceServers.HOME_NS);
        } else {
            assertThat(answer).hasNoHomeNsId();
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void a_failure_answer_passes_its_code_description_and_no_home_assertions(Version version) {
        HomeNSReq request = request(version.value);
        HomeNSAns answer = BiFixtures.homeNsAns(version.value).answering(request)
                .failure(ResultCode.UnknownDevEUI, "device 0102030405060708 is not known here").build();
        assertThat(answer).answers(request).hasResultCode(ResultCode.UnknownDevEUI)
                .hasDescriptionContaining("not known").hasNoHomeNetId().hasNoHomeNsId();
    }

    static Stream<Arguments> wrongMembers() {
        return Stream.of(
                Arguments.of(ProtocolVersion.V1_1, "MessageType", (UnaryOperator<Header.Builder>) h -> h.messageType(MessageType.JoinAns),
                        "MessageType: expected HomeNSAns (the answer type of HomeNSReq), was JoinAns"),
                Arguments.of(ProtocolVersion.V1_0, "ProtocolVersion", (UnaryOperator<Header.Builder>) h -> h.protocolVersion(ProtocolVersion.V1_1),
                        "ProtocolVersion: expected 1.0 (the request's ProtocolVersion), was 1.1"),
                Arguments.of(ProtocolVersion.V1_1, "TransactionID", (UnaryOperator<Header.Builder>) h -> h.transactionId(3_000_000_001L),
                        "TransactionID: expected 3000000000 (the request's TransactionID), was 3000000001"),
                Arguments.of(ProtocolVersion.V1_0, "SenderID", (UnaryOperator<Header.Builder>) h -> h.senderId(EUI64.parse("70B3D57ED0000001")),
                        "SenderID: expected 70B3D57ED0000000 (the request's ReceiverID), was 70B3D57ED0000001"),
                Arguments.of(ProtocolVersion.V1_1, "ReceiverID", (UnaryOperator<Header.Builder>) h -> h.receiverId(NetID.parse("000014")),
                        "ReceiverID: expected 000013 (the request's SenderID), was 000014"),
                Arguments.of(ProtocolVersion.V1_0, "SenderToken", (UnaryOperator<Header.Builder>) h -> h.senderToken(null),
                        "SenderToken: expected EE01 (the request's ReceiverToken), was absent"),
                Arguments.of(ProtocolVersion.V1_1, "ReceiverToken", (UnaryOperator<Header.Builder>) h -> h.receiverToken(HexBytes.parse("0A0B0C0E")),
                        "ReceiverToken: expected 0A0B0C0D (the request's SenderToken), was 0A0B0C0E"),
                Arguments.of(ProtocolVersion.V1_1, "ReceiverNSID", (UnaryOperator<Header.Builder>) h -> h.receiverNsid(null),
                        "ReceiverNSID: expected 0000000000000001 (the request's SenderNSID), was absent"),
                Arguments.of(ProtocolVersion.V1_0, "SenderNSID in 1.0", (UnaryOperator<Header.Builder>) h -> h.senderNsid(EUI64.parse("0000000000000009")),
                        "SenderNSID: expected absent (a 1.1 member, not allowed in 1.0), was 0000000000000009"),
                Arguments.of(ProtocolVersion.V1_0, "ReceiverNSID in 1.0", (UnaryOperator<Header.Builder>) h -> h.receiverNsid(EUI64.parse("0000000000000001")),
                        "ReceiverNSID: expected absent (a 1.1 member, not allowed in 1.0), was 0000000000000001"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wrongMembers")
    void answers_fails_on_a_wrong_header_member_naming_expected_and_actual(ProtocolVersion v, String member,
            UnaryOperator<Header.Builder> change, String line) {
        HomeNSReq request = request(v);
        HomeNSAns answer = answerWith(request, change);
        assertThatThrownBy(() -> assertThat(answer).answers(request))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to answer the HomeNSReq (TransactionID 3000000000)")
                .hasMessageContaining(line);
    }

    @Test
    void answers_lists_every_member_that_differs() {
        HomeNSReq request = request(ProtocolVersion.V1_1);
        // IDs not swapped, tokens not returned
        HomeNSAns answer = answerWith(request, h -> h.senderId(request.header().senderId())
                .receiverId(request.header().receiverId()).senderToken(null).receiverToken(null));
        assertThatThrownBy(() -> assertThat(answer).answers(request))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("SenderID: expected 70B3D57ED0000000", "ReceiverID: expected 000013",
                        "SenderToken: expected EE01", "ReceiverToken: expected 0A0B0C0D")
                .hasMessageNotContaining("TransactionID:");
    }

    @Test
    void answers_accepts_an_answer_without_tokens_to_a_request_without_tokens() {
        HomeNSReq request = BiFixtures.homeNsReq(ProtocolVersion.V1_1).build();
        assertThat(BiFixtures.homeNsAns(ProtocolVersion.V1_1).build()).answers(request);
    }

    @Test
    void is_success_fails_on_a_failure_answer_with_its_code_and_description() {
        HomeNSAns answer = BiFixtures.homeNsAns(ProtocolVersion.V1_0).failure(ResultCode.UnknownDevEUI, "no such device").build();
        assertThatThrownBy(() -> assertThat(answer).isSuccess())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the HomeNSAns (ProtocolVersion 1.0, TransactionID 42) to have ResultCode Success")
                .hasMessageContaining("but ResultCode was UnknownDevEUI (Description: \"no such device\")");
    }

    @Test
    void has_result_code_names_the_code_as_the_answers_version_spells_it() {
        HomeNSAns answer = BiFixtures.homeNsAns(ProtocolVersion.V1_0).failure(ResultCode.Other).build();
        assertThatThrownBy(() -> assertThat(answer).hasResultCode(ResultCode.MalformedMessage))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have ResultCode MalformedRequest but ResultCode was Other");
        assertThat(BiFixtures.homeNsAns(ProtocolVersion.V1_1).failure(ResultCode.UnknownReceiver).build())
                .hasResultCode(ResultCode.UnkownReceiver);
    }

    @Test
    void a_failed_comparison_of_one_value_carries_expected_and_actual_for_the_ide() {
        HomeNSAns answer = BiFixtures.homeNsAns(ProtocolVersion.V1_1).failure(ResultCode.UnknownDevEUI).build();
        assertThatThrownBy(() -> assertThat(answer).isSuccess())
                .isInstanceOfSatisfying(AssertionFailedError.class, e -> {
                    assertThat(e.getExpected().getValue()).isEqualTo("Success");
                    assertThat(e.getActual().getValue()).isEqualTo("UnknownDevEUI");
                });
    }

    @Test
    void has_description_containing_fails_on_another_or_no_description() {
        HomeNSAns without = BiFixtures.homeNsAns(ProtocolVersion.V1_1).failure(ResultCode.Other).build();
        assertThatThrownBy(() -> assertThat(without).hasDescriptionContaining("internal"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Description containing \"internal\" but it had no Description");
        HomeNSAns other = BiFixtures.homeNsAns(ProtocolVersion.V1_1).failure(ResultCode.Other, "100% busy").build();
        assertThatThrownBy(() -> assertThat(other).hasDescriptionContaining("internal"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("but Description was \"100% busy\"");
    }

    @Test
    void the_home_assertions_fail_on_another_or_a_missing_or_an_unwanted_value() {
        HomeNSAns success = BiFixtures.homeNsAns(ProtocolVersion.V1_1).build();
        HomeNSAns failure = BiFixtures.homeNsAns(ProtocolVersion.V1_1).failure(ResultCode.UnknownDevEUI).build();
        assertThatThrownBy(() -> assertThat(success).hasHomeNetId(NetID.parse("000013")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("to have HNetID 000013 but HNetID was 600042");
        assertThatThrownBy(() -> assertThat(failure).hasHomeNetId(NetID.parse("C00053")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("but HNetID was absent");
        assertThatThrownBy(() -> assertThat(success).hasNoHomeNetId())
                .isInstanceOf(AssertionError.class).hasMessageContaining("to have no HNetID but HNetID was 600042");
        assertThatThrownBy(() -> assertThat(failure).hasHomeNsId(EUI64.parse("70B3D57ED0001234")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("to have HNSID 70B3D57ED0001234 but HNSID was absent");
        assertThatThrownBy(() -> assertThat(success).hasNoHomeNsId())
                .isInstanceOf(AssertionError.class).hasMessageContaining("to have no HNSID but HNSID was 70B3D57ED0001234");
    }

    @Test
    void any_answer_type_has_the_shared_assertions() {
        JoinReq request = BiFixtures.joinReq(ProtocolVersion.V1_1).transactionId(5).build();
        BiAnswer answer = BiFixtures.joinAns(ProtocolVersion.V1_1).answering(request).build();
        assertThat(answer).answers(request).isSuccess();
        JoinAns unanswered = BiFixtures.joinAns(ProtocolVersion.V1_1).build();
        assertThatThrownBy(() -> assertThat((BiAnswer) unanswered).answers(request))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the JoinAns (ProtocolVersion 1.1, TransactionID 42) to answer the JoinReq (TransactionID 5)")
                .hasMessageContaining("TransactionID: expected 5 (the request's TransactionID), was 42");
    }

    @Test
    void a_null_answer_fails_and_a_description_prefixes_the_message() {
        assertThatThrownBy(() -> assertThat((HomeNSAns) null).isSuccess()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
        HomeNSAns failure = BiFixtures.homeNsAns(ProtocolVersion.V1_1).failure(ResultCode.Other).build();
        assertThatThrownBy(() -> assertThat(failure).as("answer of the staging JS").isSuccess())
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("[answer of the staging JS] ");
    }
}
