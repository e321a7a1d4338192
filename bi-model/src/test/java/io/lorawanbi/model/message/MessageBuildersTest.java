package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.testsupport.Fixtures;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The builders written from the message records (bi-model-processor). */
class MessageBuildersTest {

    static Stream<BiMessage> messages() {
        return Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1).flatMap(v -> Fixtures.all(v).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void toBuilder_then_build_copies_every_member(BiMessage message) throws Exception {
        Object builder = message.getClass().getMethod("toBuilder").invoke(message);
        assertThat(builder).isInstanceOf(BiMessageBuilder.class);
        assertThat(builder.getClass().getSimpleName()).isEqualTo(message.getClass().getSimpleName() + "Builder");
        BiMessage copy = ((BiMessageBuilder<?>) builder).build();
        assertThat(copy).isEqualTo(message).isNotSameAs(message);
        BiMessage rebuilt = ((BiMessageBuilder<?>) message.getClass().getMethod("builder").invoke(null))
                .header(message.header()).build();
        assertThat(rebuilt.header()).isEqualTo(message.header());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void a_setter_per_component_sets_that_member_only(BiMessage message) throws Exception {
        Class<?> type = message.getClass();
        Object builder = type.getMethod("builder").invoke(null);
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent c : components) {
            builder.getClass().getMethod(c.getName(), c.getType()).invoke(builder, c.getAccessor().invoke(message));
        }
        assertThat(builder.getClass().getMethod("build").invoke(builder)).isEqualTo(message);
        for (RecordComponent c : components) {
            Object fresh = type.getMethod("toBuilder").invoke(message);
            fresh.getClass().getMethod(c.getName(), c.getType()).invoke(fresh, (Object) null);
            Object built = fresh.getClass().getMethod("build").invoke(fresh);
            for (RecordComponent other : components) {
                Method accessor = other.getAccessor();
                Object expected = other.equals(c) ? null : accessor.invoke(message);
                assertThat(accessor.invoke(built)).as("%s after %s(null)", other.getName(), c.getName())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void builds_a_join_answer_member_by_member() {
        JoinReq request = Fixtures.joinReq(ProtocolVersion.V1_1);
        KeyEnvelope nwkSKey = KeyEnvelope.plain(HexBytes.parse("000102030405060708090A0B0C0D0E0F").toByteArray());
        JoinAns answer = JoinAns.builder().answering(request).result(Result.success()).phyPayload(Fixtures.JOIN_ACCEPT)
                .nwkSKey(nwkSKey).build();
        assertThat(answer.header()).isEqualTo(request.header().answerHeader());
        assertThat(answer.result()).isEqualTo(Result.success());
        assertThat(answer.phyPayload()).isEqualTo(Fixtures.JOIN_ACCEPT);
        assertThat(answer.nwkSKey()).isEqualTo(nwkSKey);
        assertThat(answer.appSKey()).isNull();
        assertThat(answer.lifetime()).isNull();
    }

    @Test
    void failure_sets_the_result_and_clears_every_optional_member() {
        JoinAns success = Fixtures.joinAns(ProtocolVersion.V1_0);
        JoinAns failure = success.toBuilder().failure(ResultCode.UnknownDevEUI, "not ours").build();
        assertThat(failure).isEqualTo(new JoinAns(success.header(), Result.of(ResultCode.UnknownDevEUI, "not ours"),
                null, null, null, null, null, null, null, null));
        assertThat(success.toBuilder().failure(ResultCode.Other).build().result()).isEqualTo(Result.of(ResultCode.Other));
        assertThatNullPointerException().isThrownBy(() -> success.toBuilder().failure(null)).withMessage("code");
    }

    @Test
    void header_members_change_one_member_of_the_header() {
        HomeNSReq request = Fixtures.homeNSReq(ProtocolVersion.V1_1);
        EUI64 nsid = EUI64.parse("0A0B0C0D0E0F1011");
        HomeNSReq changed = request.toBuilder().transactionId(7L).senderToken(HexBytes.parse("0A0B")).senderNsid(nsid)
                .build();
        assertThat(changed.header()).isEqualTo(request.header().toBuilder().transactionId(7L)
                .senderToken(HexBytes.parse("0A0B")).senderNsid(nsid).build());
        assertThat(changed.devEui()).isEqualTo(request.devEui());
    }

    @Test
    void a_header_member_on_an_unset_header_starts_from_the_message_type() {
        PRStopAns answer = PRStopAns.builder().transactionId(5L).build();
        assertThat(answer.header().messageType()).isEqualTo(MessageType.PRStopAns);
        assertThat(answer.header().transactionId()).isEqualTo(5L);
        assertThat(answer.header().protocolVersion()).isNull();
    }

    @Test
    void answering_takes_the_derived_answer_header() {
        HomeNSReq request = Fixtures.homeNSReq(ProtocolVersion.V1_0).toBuilder().senderToken(HexBytes.parse("0102"))
                .build();
        HomeNSAns answer = HomeNSAns.builder().answering(request).result(Result.success()).hNetId(Fixtures.NET_ID)
                .build();
        assertThat(answer.header().receiverToken()).isEqualTo(HexBytes.parse("0102"));
        assertThat(answer.header().messageType()).isEqualTo(MessageType.HomeNSAns);
        assertThatNullPointerException().isThrownBy(() -> HomeNSAns.builder().answering(null)).withMessage("request");
    }
}
