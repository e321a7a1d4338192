package io.lorawanbi.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.codec.support.Mutator;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSReq;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link BiCodec#readRequest} is {@link BiCodec#peekRequestHeader} followed by {@link BiCodec#decode(byte[])}
 * in one pass: the same header or refusal first, the same record or refusal after, for every fixture,
 * peer vector and mutant; and a problem of the body shows only in {@code decode()}.
 */
class ReceivedRequestTest {

    private static final BiCodec CODEC = BiCodec.standard();

    @Test
    void one_pass_gives_what_peek_then_decode_give_for_every_source_and_mutant() {
        AtomicInteger compared = new AtomicInteger();
        AtomicInteger readOnce = new AtomicInteger();
        for (Mutator.Source s : Mutator.sources()) {
            compare(CODEC, s.json(), compared, readOnce);
        }
        AtomicInteger index = new AtomicInteger();
        MutationTest.forEachMutant((codec, bytes) -> {
            if (index.getAndIncrement() % 2 == 0) { // every other mutant: the corpus is MutationTest's, run there in full
                compare(codec, bytes, compared, readOnce);
            }
        });
        assertThat(compared.get()).isGreaterThan(9_000);
        assertThat(readOnce.get()).as("requests whose header passes").isGreaterThan(500);
    }

    private static void compare(BiCodec codec, byte[] bytes, AtomicInteger compared, AtomicInteger readOnce) {
        compared.incrementAndGet();
        String label = new String(bytes, StandardCharsets.UTF_8);
        Object peeked = outcome(() -> codec.peekRequestHeader(bytes));
        ReceivedRequest[] read = new ReceivedRequest[1];
        Object header = outcome(() -> {
            read[0] = codec.readRequest(bytes);
            return read[0].header();
        });
        assertThat(header).as(label).isEqualTo(peeked);
        if (read[0] != null) {
            readOnce.incrementAndGet();
            assertThat(outcome(read[0]::decode)).as(label).isEqualTo(outcome(() -> codec.decode(bytes)));
        }
    }

    /** The value, or the refusal as its code, header and problems. */
    private static Object outcome(Supplier<?> call) {
        try {
            return call.get();
        } catch (BiDecodeException e) {
            return java.util.List.of(e.resultCode(), e.header(), e.problems(), e.rawMessageType());
        }
    }

    @Test
    void a_broken_body_is_reported_by_decode_alone_and_the_header_is_the_decoded_one() {
        Header header = Header.builder().protocolVersion(ProtocolVersion.V1_1).senderId(NetID.parse("000013"))
                .receiverId(EUI64.parse("70B3D57ED0000000")).transactionId(7L).messageType(MessageType.HomeNSReq).build();
        String good = new String(CODEC.encode(new HomeNSReq(header, EUI64.parse("0004A30B001C0530"))), StandardCharsets.UTF_8);
        byte[] broken = good.replace("0004A30B001C0530", "00ZZ").getBytes(StandardCharsets.UTF_8);

        ReceivedRequest read = CODEC.readRequest(broken);
        assertThat(read.header()).isEqualTo(header);
        assertThatThrownBy(read::decode).isInstanceOfSatisfying(BiDecodeException.class, e -> {
            assertThat(e.resultCode()).isEqualTo(ResultCode.MalformedMessage);
            assertThat(e.memberPath()).isEqualTo("DevEUI");
        });

        ReceivedRequest ok = CODEC.readRequest(good.getBytes(StandardCharsets.UTF_8));
        assertThat(ok.decode().header()).isSameAs(ok.header());
    }

    @Test
    void a_header_peek_refuses_is_refused_alike() {
        byte[] answer = "{\"ProtocolVersion\":\"1.1\",\"SenderID\":\"70B3D57ED0000000\",\"ReceiverID\":\"000013\",\"TransactionID\":1,\"MessageType\":\"HomeNSAns\",\"Result\":{\"ResultCode\":\"Success\"}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CODEC.readRequest(answer)).isInstanceOfSatisfying(BiDecodeException.class,
                e -> assertThat(e.memberPath()).isEqualTo("MessageType"));
        byte[] future = "{\"ProtocolVersion\":\"1.2\",\"SenderID\":\"000013\",\"ReceiverID\":\"70B3D57ED0000000\",\"TransactionID\":1,\"MessageType\":\"HomeNSReq\",\"DevEUI\":\"0004A30B001C0530\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CODEC.readRequest(future)).isInstanceOfSatisfying(BiDecodeException.class,
                e -> assertThat(e.resultCode()).isEqualTo(ResultCode.InvalidProtocolVersion));
    }
}
