package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.ASID;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class NotificationRulesTest {

    private static final List<PartyID> ANY_ROLE_IDS = List.of(Fixtures.NET_ID, Fixtures.JOIN_EUI, Fixtures.AS_ID);

    static Stream<Arguments> senderAndReceiverOfAnyRole() {
        return ANY_ROLE_IDS.stream().flatMap(sender -> ANY_ROLE_IDS.stream()
                .map(receiver -> Arguments.of(sender, receiver)));
    }

    @Test
    void pr_start_notif_is_valid_in_1_1() {
        assertThat(Validation.violations(Fixtures.prStartNotif())).isEmpty();
    }

    @Test
    void error_notif_is_valid_in_1_1() {
        assertThat(Validation.violations(Fixtures.errorNotif())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MessageType.class, names = {"PRStartNotif", "ErrorNotif"})
    void a_notification_with_a_1_0_header_names_message_type(MessageType type) {
        BiNotification notif = notification(type, Fixtures.header(type, ProtocolVersion.V1_0), Result.success());

        assertThat(Validation.violations(notif))
                .containsExactly("MessageType: " + type + " does not exist in protocol version 1.0");
    }

    @Test
    void a_pr_start_notif_header_switched_to_1_0_with_its_nsids_kept_names_them_too() {
        PRStartNotif m = Fixtures.prStartNotif();
        Header header = m.header().toBuilder().protocolVersion(ProtocolVersion.V1_0).build();

        assertThat(Validation.violations(new PRStartNotif(header, m.result()))).containsExactly(
                "MessageType: PRStartNotif does not exist in protocol version 1.0",
                "ReceiverNSID: is a 1.1 member, not allowed in 1.0",
                "SenderNSID: is a 1.1 member, not allowed in 1.0");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MessageType.class, names = {"PRStartNotif", "ErrorNotif"})
    void a_notification_without_result_names_result(MessageType type) {
        BiNotification notif = notification(type, Fixtures.header(type, ProtocolVersion.V1_1), null);

        assertThat(Validation.violations(notif)).containsExactly("Result: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MessageType.class, names = {"PRStartNotif", "ErrorNotif"})
    void a_notification_without_result_code_names_the_nested_member(MessageType type) {
        BiNotification notif = notification(type, Fixtures.header(type, ProtocolVersion.V1_1),
                new Result(null, "no code"));

        assertThat(Validation.violations(notif)).containsExactly("Result.ResultCode: must not be null");
    }

    @ParameterizedTest(name = "from {0} to {1}")
    @MethodSource("senderAndReceiverOfAnyRole")
    void error_notif_accepts_any_role_in_sender_id_and_receiver_id(PartyID sender, PartyID receiver) {
        Header header = Fixtures.errorNotif().header().toBuilder().senderId(sender).receiverId(receiver).build();
        ErrorNotif notif = new ErrorNotif(header, Result.of(ResultCode.MalformedMessage, "bad DevEUI"));

        assertThat(Validation.violations(notif)).isEmpty();
    }

    @Test
    void pr_start_notif_still_requires_network_server_ids() {
        Header header = Fixtures.prStartNotif().header().toBuilder().senderId(ASID.of("as.example.com")).build();

        assertThat(Validation.violations(new PRStartNotif(header, Result.success())))
                .containsExactly("SenderID: must be a NetID (3 bytes of hex) when MessageType is PRStartNotif");
    }

    private static BiNotification notification(MessageType type, Header header, Result result) {
        return switch (type) {
            case PRStartNotif -> new PRStartNotif(header, result);
            case ErrorNotif -> new ErrorNotif(header, result);
            default -> throw new IllegalArgumentException(type + " is not a notification");
        };
    }
}
