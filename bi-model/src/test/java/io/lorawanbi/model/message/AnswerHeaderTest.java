package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.VendorID;
import io.lorawanbi.model.object.JsonValue;
import io.lorawanbi.model.object.VSExtension;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerHeaderTest {

    private static final HexBytes SENDER_TOKEN = HexBytes.parse("0A0B");
    private static final HexBytes RECEIVER_TOKEN = HexBytes.parse("0C0D0E");
    private static final VSExtension EXTENSION = VSExtension.of(VendorID.of(0x0102), JsonValue.JsonObject.empty());

    /** A HomeNSReq header with both tokens, both NSIDs and a vendor extension. */
    private static Header fullRequestHeader(ProtocolVersion version) {
        return Fixtures.header(MessageType.HomeNSReq, version).toBuilder()
                .transactionId(123456789L)
                .senderToken(SENDER_TOKEN)
                .receiverToken(RECEIVER_TOKEN)
                .senderNsid(Fixtures.NSID)
                .receiverNsid(Fixtures.OTHER_NSID)
                .vsExtension(EXTENSION)
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void the_answer_swaps_the_ids_and_copies_version_and_transaction(ProtocolVersion version) {
        Header request = fullRequestHeader(version);

        Header answer = request.answerHeader();

        assertThat(answer.protocolVersion()).isEqualTo(version);
        assertThat(answer.transactionId()).isEqualTo(123456789L);
        assertThat(answer.messageType()).isEqualTo(MessageType.HomeNSAns);
        assertThat(answer.senderId()).isEqualTo(request.receiverId()).isEqualTo(Fixtures.JOIN_EUI);
        assertThat(answer.receiverId()).isEqualTo(request.senderId()).isEqualTo(Fixtures.NET_ID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void the_answer_returns_each_token_to_its_owner(ProtocolVersion version) {
        Header answer = fullRequestHeader(version).answerHeader();

        assertThat(answer.receiverToken()).isEqualTo(SENDER_TOKEN);
        assertThat(answer.senderToken()).isEqualTo(RECEIVER_TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void the_answer_has_no_tokens_when_the_request_had_none(ProtocolVersion version) {
        Header answer = Fixtures.header(MessageType.HomeNSReq, version).answerHeader();

        assertThat(answer.senderToken()).isNull();
        assertThat(answer.receiverToken()).isNull();
    }

    @Test
    void a_1_1_answer_swaps_the_nsids() {
        Header answer = fullRequestHeader(ProtocolVersion.V1_1).answerHeader();

        assertThat(answer.receiverNsid()).isEqualTo(Fixtures.NSID);
        assertThat(answer.senderNsid()).isEqualTo(Fixtures.OTHER_NSID);
    }

    @Test
    void a_1_1_answer_to_a_request_without_receiver_nsid_has_no_sender_nsid() {
        Header request = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1);
        assertThat(request.receiverNsid()).isNull();

        Header answer = request.answerHeader();

        assertThat(answer.receiverNsid()).isEqualTo(Fixtures.NSID);
        assertThat(answer.senderNsid()).isNull();
    }

    @Test
    void a_1_0_answer_carries_no_nsids_even_if_the_request_had_stray_ones() {
        Header answer = fullRequestHeader(ProtocolVersion.V1_0).answerHeader();

        assertThat(answer.senderNsid()).isNull();
        assertThat(answer.receiverNsid()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void the_vendor_extension_is_never_copied(ProtocolVersion version) {
        Header answer = fullRequestHeader(version).answerHeader();

        assertThat(answer.vsExtension()).isNull();
    }

    @Test
    void an_unsupported_version_is_copied_as_is() {
        ProtocolVersion unsupported = ProtocolVersion.of("1.2");
        Header request = fullRequestHeader(ProtocolVersion.V1_1).toBuilder().protocolVersion(unsupported).build();

        Header answer = request.answerHeader();

        assertThat(answer.protocolVersion().value()).isEqualTo("1.2");
        assertThat(answer.protocolVersion().isSupported()).isFalse();
        assertThat(answer.messageType()).isEqualTo(MessageType.HomeNSAns);
        assertThat(answer.senderId()).isEqualTo(Fixtures.JOIN_EUI);
        assertThat(answer.receiverId()).isEqualTo(Fixtures.NET_ID);
        assertThat(answer.transactionId()).isEqualTo(123456789L);
        assertThat(answer.senderNsid()).isNull();
        assertThat(answer.receiverNsid()).isNull();
    }

    static Stream<Arguments> requests() {
        return Fixtures.all(ProtocolVersion.V1_1).stream()
                .filter(m -> m instanceof BiRequest<?>)
                .map(m -> Arguments.of(m.messageType(), m));
    }

    static Stream<MessageType> requestTypes() {
        return Stream.of(MessageType.values()).filter(MessageType::isRequest);
    }

    static Stream<MessageType> nonRequestTypes() {
        return Stream.of(MessageType.values()).filter(t -> !t.isRequest());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestTypes")
    void every_request_type_maps_to_its_answer_type(MessageType request) {
        MessageType expected = MessageType.valueOf(request.name().replaceFirst("Req$", "Ans"));

        Header answer = Fixtures.header(request, ProtocolVersion.V1_1).answerHeader();

        assertThat(answer.messageType()).isEqualTo(expected);
        assertThat(answer.messageType().isAnswer()).isTrue();
        assertThat(answer.messageType().requestType()).contains(request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void the_answer_type_is_that_of_the_request_record_answer_class(MessageType type, BiRequest<?> request) {
        Header answer = request.header().answerHeader();

        assertThat(answer.messageType().messageClass()).isEqualTo(request.answerClass());
    }

    @Test
    void there_are_ten_request_types() {
        assertThat(requestTypes()).hasSize(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonRequestTypes")
    void an_answer_or_notification_header_has_no_answer(MessageType type) {
        Header header = Fixtures.header(type, ProtocolVersion.V1_1);

        assertThatThrownBy(header::answerHeader)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(type.name());
    }

    @Test
    void a_header_without_message_type_has_no_answer() {
        Header header = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder()
                .messageType(null).build();

        assertThatThrownBy(header::answerHeader).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_success_answer_built_on_the_derived_header_is_valid(ProtocolVersion version) {
        HomeNSReq request = Fixtures.homeNSReq(version);

        HomeNSAns answer = HomeNSAns.success(request.header().answerHeader(), Fixtures.NET_ID,
                ProtocolVersion.V1_1.equals(version) ? Fixtures.OTHER_NSID : null);

        assertThat(Validation.violations(answer)).isEmpty();
        assertThat(answer.header().transactionId()).isEqualTo(request.header().transactionId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void the_derived_header_of_a_fully_populated_request_validates_clean(ProtocolVersion version) {
        Header request = fullRequestHeader(version);
        HomeNSAns answer = HomeNSAns.success(request.answerHeader(), Fixtures.NET_ID, null);

        assertThat(Validation.violations(answer)).isEmpty();
    }
}
