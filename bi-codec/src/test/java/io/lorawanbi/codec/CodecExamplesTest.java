package io.lorawanbi.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.NetId;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.Result;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The examples shown in README.md and docs/codec.md, compiled and run here. */
class CodecExamplesTest {

    private static final byte[] REQUEST = """
            {"ProtocolVersion":"1.1","TransactionID":7,"MessageType":"HomeNSReq","SenderID":"000000",
             "SenderNSID":"0000000000000000","ReceiverID":"70b3d57ed0000000","DevEUI":"0x0102030405060708",
             "SenderToken":"0a0b"}""".getBytes(StandardCharsets.UTF_8);

    @Test
    void decode_answer_encode() {
        byte[] body = REQUEST;
        // tag::answer[]
        BiCodec codec = BiCodec.standard(); // thread-safe: build once, share

        byte[] answer;
        try {
            BiMessage message = codec.decode(body);
            if (message instanceof HomeNSReq request) {
                answer = codec.encode(HomeNSAns.success(request.header().answerHeader(), NetId.parse("000013"), null));
            } else {
                answer = null; // other request types: see the server module
            }
        } catch (BiDecodeException e) {
            // e.resultCode(): MalformedRequest (1.0), MalformedMessage (1.1) or InvalidProtocolVersion;
            // e.memberPath(): the JSON member at fault; e.header(): whatever of the header was readable.
            Header requestHeader = e.header().orElseThrow();
            answer = codec.encode(HomeNSAns.failure(requestHeader.answerHeader(),
                    Result.of(e.resultCode(), e.description())));
        }
        // end::answer[]
        assertThat(new String(answer, StandardCharsets.UTF_8)).isEqualTo(
                "{\"ProtocolVersion\":\"1.1\",\"SenderID\":\"70B3D57ED0000000\",\"ReceiverID\":\"000000\","
                        + "\"TransactionID\":7,\"MessageType\":\"HomeNSAns\",\"ReceiverToken\":\"0A0B\","
                        + "\"ReceiverNSID\":\"0000000000000000\",\"Result\":{\"ResultCode\":\"Success\"},"
                        + "\"HNetID\":\"000013\"}");
    }

    @Test
    void a_broken_body_still_yields_an_answer_header() {
        byte[] body = new String(REQUEST, StandardCharsets.UTF_8).replace("0x0102030405060708", "0102")
                .getBytes(StandardCharsets.UTF_8);
        try {
            BiCodec.standard().decode(body);
            throw new AssertionError("decoded");
        } catch (BiDecodeException e) {
            assertThat(e.resultCode()).isEqualTo(ResultCode.MalformedMessage);
            assertThat(e.memberPath()).isEqualTo("DevEUI");
            assertThat(e.header().orElseThrow().answerHeader().receiverId()).isEqualTo(NetId.parse("000000"));
        }
    }

    @Test
    void options() {
        // tag::options[]
        BiCodec strict = BiCodec.builder()
                .limits(CodecLimits.DEFAULTS.withMaxBodyBytes(32 * 1024)) // as The Things Stack
                .strictNsids(true) // 1.1 NS requests need SenderNSID; NSIDs in 1.0 are malformed
                .build();
        // end::options[]
        assertThat(strict.limits().maxBodyBytes()).isEqualTo(32 * 1024);
    }
}
