package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import io.lorawanbi.model.validation.BiGroups;
import io.lorawanbi.model.validation.StrictNSIDs;
import io.lorawanbi.model.validation.V1_0;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeaderRulesTest {

    private static final String ONLY_1_1 = "is a 1.1 member, not allowed in 1.0";
    private static final String NSID_REQUIRED = "is required in a 1.1 request from a Network Server";

    /** The fixture HomeNSReq of the version with its header changed. */
    private static HomeNSReq homeNSReq(ProtocolVersion version, UnaryOperator<Header.Builder> change) {
        HomeNSReq valid = Fixtures.homeNSReq(version);
        return new HomeNSReq(change.apply(valid.header().toBuilder()).build(), valid.devEui());
    }

    static Stream<Arguments> requiredMembers() {
        Stream<Arguments> members = Stream.of(
                Arguments.of("ProtocolVersion", (UnaryOperator<Header.Builder>) b -> b.protocolVersion(null)),
                Arguments.of("SenderID", (UnaryOperator<Header.Builder>) b -> b.senderId(null)),
                Arguments.of("ReceiverID", (UnaryOperator<Header.Builder>) b -> b.receiverId(null)),
                Arguments.of("TransactionID", (UnaryOperator<Header.Builder>) b -> b.transactionId(null)),
                Arguments.of("MessageType", (UnaryOperator<Header.Builder>) b -> b.messageType(null)));
        return members.flatMap(m -> Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)
                .map(v -> Arguments.of(v, m.get()[0], m.get()[1])));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("requiredMembers")
    void a_missing_required_header_member_is_reported_alone_at_its_path(
            ProtocolVersion version, String member, UnaryOperator<Header.Builder> removal) {
        HomeNSReq message = homeNSReq(version, removal);

        assertThat(Validation.violations(message, version)).containsExactly(member + ": must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_negative_transaction_id_is_rejected(ProtocolVersion version) {
        HomeNSReq message = homeNSReq(version, b -> b.transactionId(-1L));

        assertThat(Validation.violations(message)).containsExactly("TransactionID: must be greater than or equal to 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_transaction_id_beyond_32_bits_is_rejected(ProtocolVersion version) {
        HomeNSReq message = homeNSReq(version, b -> b.transactionId(4294967296L));

        assertThat(Validation.violations(message))
                .containsExactly("TransactionID: must be less than or equal to 4294967295");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void the_transaction_id_bounds_are_accepted(ProtocolVersion version) {
        assertThat(Validation.violations(homeNSReq(version, b -> b.transactionId(0L)))).isEmpty();
        assertThat(Validation.violations(homeNSReq(version, b -> b.transactionId(Header.MAX_TRANSACTION_ID))))
                .isEmpty();
        assertThat(Header.MAX_TRANSACTION_ID).isEqualTo(4294967295L);
    }

    @Test
    void sender_nsid_is_rejected_in_1_0_and_accepted_in_1_1() {
        HomeNSReq message = Fixtures.homeNSReq(ProtocolVersion.V1_1);
        assertThat(message.header().senderNsid()).isNotNull();
        assertThat(message.header().receiverNsid()).isNull();

        assertThat(Validation.violations(message, ProtocolVersion.V1_0)).containsExactly("SenderNSID: " + ONLY_1_1);
        assertThat(Validation.violations(message, ProtocolVersion.V1_1)).isEmpty();
    }

    @Test
    void receiver_nsid_is_rejected_in_1_0_and_accepted_in_1_1() {
        HomeNSAns message = Fixtures.homeNSAns(ProtocolVersion.V1_1);
        HomeNSAns withoutHnsid = new HomeNSAns(message.header(), message.result(), message.hNetId(), null);
        assertThat(withoutHnsid.header().senderNsid()).isNull();
        assertThat(withoutHnsid.header().receiverNsid()).isNotNull();

        assertThat(Validation.violations(withoutHnsid, ProtocolVersion.V1_0))
                .containsExactly("ReceiverNSID: " + ONLY_1_1);
        assertThat(Validation.violations(withoutHnsid, ProtocolVersion.V1_1)).isEmpty();
    }

    @Test
    void both_nsids_of_a_network_server_exchange_are_reported_in_1_0() {
        PRStopReq message = Fixtures.prStopReq(ProtocolVersion.V1_1);

        assertThat(Validation.violations(message, ProtocolVersion.V1_0))
                .containsExactly("ReceiverNSID: " + ONLY_1_1, "SenderNSID: " + ONLY_1_1);
        assertThat(Validation.violations(message, ProtocolVersion.V1_1)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_join_eui_as_sender_of_a_home_ns_request_is_rejected(ProtocolVersion version) {
        HomeNSReq message = homeNSReq(version, b -> b.senderId(Fixtures.JOIN_EUI));

        assertThat(Validation.violations(message))
                .containsExactly("SenderID: must be a NetID (3 bytes of hex) when MessageType is HomeNSReq");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_net_id_as_receiver_of_a_home_ns_request_is_rejected(ProtocolVersion version) {
        HomeNSReq message = homeNSReq(version, b -> b.receiverId(Fixtures.OTHER_NET_ID));

        assertThat(Validation.violations(message))
                .containsExactly("ReceiverID: must be a JoinEUI (8 bytes of hex) when MessageType is HomeNSReq");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_net_id_as_sender_of_an_app_s_key_request_is_rejected(ProtocolVersion version) {
        AppSKeyReq valid = Fixtures.appSKeyReq(version);
        AppSKeyReq message = new AppSKeyReq(valid.header().toBuilder().senderId(Fixtures.NET_ID).build(),
                valid.devEui(), valid.sessionKeyId());

        assertThat(Validation.paths(message)).containsExactly("SenderID");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void swapped_ids_of_a_home_ns_request_are_both_reported(ProtocolVersion version) {
        HomeNSReq message = homeNSReq(version,
                b -> b.senderId(Fixtures.JOIN_EUI).receiverId(Fixtures.NET_ID));

        assertThat(Validation.paths(message)).containsExactly("ReceiverID", "SenderID");
    }

    @Test
    void an_error_notification_accepts_ids_of_any_role() {
        ErrorNotif valid = Fixtures.errorNotif();
        ErrorNotif message = new ErrorNotif(valid.header().toBuilder()
                .senderId(Fixtures.JOIN_EUI).receiverId(Fixtures.AS_ID).build(), valid.result());

        assertThat(Validation.violations(message)).isEmpty();
    }

    @Test
    void a_notification_header_is_rejected_in_1_0() {
        PRStartNotif message = new PRStartNotif(
                Fixtures.header(MessageType.PRStartNotif, ProtocolVersion.V1_0), Result.success());

        assertThat(Validation.violations(message))
                .containsExactly("MessageType: PRStartNotif does not exist in protocol version 1.0");
    }

    @Test
    void a_1_1_request_from_a_network_server_without_sender_nsid_passes_by_default() {
        HomeNSReq message = homeNSReq(ProtocolVersion.V1_1, b -> b.senderNsid(null));

        assertThat(Validation.violations(message)).isEmpty();
    }

    @Test
    void a_1_1_request_from_a_network_server_without_sender_nsid_fails_in_strict_mode() {
        HomeNSReq message = homeNSReq(ProtocolVersion.V1_1, b -> b.senderNsid(null));

        assertThat(Validation.violations(message, BiGroups.of(ProtocolVersion.V1_1, true)))
                .containsExactly("SenderNSID: " + NSID_REQUIRED);
    }

    @Test
    void a_1_1_request_from_a_network_server_with_sender_nsid_passes_in_strict_mode() {
        HomeNSReq message = Fixtures.homeNSReq(ProtocolVersion.V1_1);

        assertThat(Validation.violations(message, BiGroups.of(ProtocolVersion.V1_1, true))).isEmpty();
    }

    @Test
    void a_1_1_answer_from_a_join_server_without_sender_nsid_passes_in_strict_mode() {
        HomeNSAns message = Fixtures.homeNSAns(ProtocolVersion.V1_1);
        assertThat(message.header().senderNsid()).isNull();

        assertThat(Validation.violations(message, BiGroups.of(ProtocolVersion.V1_1, true))).isEmpty();
    }

    @Test
    void a_1_1_answer_from_a_network_server_without_sender_nsid_passes_in_strict_mode() {
        PRStopAns valid = Fixtures.prStopAns(ProtocolVersion.V1_1);
        PRStopAns message = new PRStopAns(valid.header().toBuilder().senderNsid(null).build(),
                Result.of(ResultCode.UnknownDevEUI));

        assertThat(Validation.violations(message, BiGroups.of(ProtocolVersion.V1_1, true))).isEmpty();
    }

    @Test
    void a_1_1_request_from_an_application_server_passes_in_strict_mode() {
        AppSKeyReq message = Fixtures.appSKeyReq(ProtocolVersion.V1_1);
        assertThat(message.header().senderNsid()).isNull();

        assertThat(Validation.violations(message, BiGroups.of(ProtocolVersion.V1_1, true))).isEmpty();
    }

    @Test
    void strict_mode_never_applies_to_1_0() {
        HomeNSReq message = Fixtures.homeNSReq(ProtocolVersion.V1_0);
        assertThat(message.header().senderNsid()).isNull();

        assertThat(BiGroups.of(ProtocolVersion.V1_0, true)).containsExactly(V1_0.class);
        assertThat(Validation.violations(message, BiGroups.of(ProtocolVersion.V1_0, true))).isEmpty();
        assertThat(Validation.violations(message, V1_0.class, StrictNSIDs.class)).isEmpty();
    }

    @Test
    void an_unsupported_version_is_validated_by_the_common_rules_only() {
        HomeNSReq message = homeNSReq(ProtocolVersion.V1_1,
                b -> b.protocolVersion(ProtocolVersion.of("1.2")).senderNsid(null).receiverNsid(Fixtures.NSID));
        HomeNSReq broken = new HomeNSReq(message.header().toBuilder().transactionId(-1L).build(), message.devEui());

        assertThat(Validation.violations(message)).isEmpty();
        assertThat(Validation.violations(message, BiGroups.of(message.protocolVersion(), true))).isEmpty();
        assertThat(Validation.violations(broken)).containsExactly("TransactionID: must be greater than or equal to 0");
    }
}
