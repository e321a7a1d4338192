package io.lorawanbi.testkit.docs;

import static io.lorawanbi.testkit.assertions.BiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.PRStartAns;
import io.lorawanbi.model.message.ProfileReq;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.testkit.conformance.ReferenceServers;
import io.lorawanbi.testkit.fixtures.BiFixtures;
import io.lorawanbi.testkit.fixtures.Fixture;
import io.lorawanbi.testkit.fixtures.FixtureCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fixture, catalogue and assertion examples of docs/testkit.md, run. */
class TestkitExamplesTest {

    private final BiServer server = ReferenceServers.server();
    private final BiCodec codec = BiCodec.standard();

    private HomeNSAns send(HomeNSReq request) {
        byte[] body = server.handle(InboundRequest.builder(codec.encode(request)).contentType("application/json").build()).body();
        return codec.decode(body, HomeNSAns.class);
    }

    @Test
    void the_fixture_example_builds_valid_messages() {
        // tag::fixtures[]
        ProtocolVersion v = ProtocolVersion.V1_1;
        HomeNSReq request = BiFixtures.homeNsReq(v)
                .devEui(EUI64.parse("0102030405060708"))
                .transactionId(4_294_967_295L)
                .senderToken(HexBytes.parse("0A0B0C0D"))
                .build();
        HomeNSAns expected = BiFixtures.homeNsAns(v).answering(request).build(); // Success, HNetID 600042
        PRStartAns roaming = BiFixtures.prStartAns(v).failure(ResultCode.NoRoamingAgreement).build();
        ProfileReq profile = BiFixtures.of(ProfileReq.class, v); // a default as it is
        Header header = BiFixtures.header(MessageType.ProfileReq, v); // for building one by hand
        List<BiMessage> everyType = BiFixtures.all(v); // 22 in 1.1, 20 in 1.0
        // end::fixtures[]
        for (BiMessage m : List.of(request, expected, roaming, profile)) {
            assertThat(codec.decode(codec.encode(m))).isEqualTo(m);
        }
        assertThat(header.messageType()).isEqualTo(MessageType.ProfileReq);
        assertThat(everyType).hasSize(22);
    }

    @Test
    void the_catalogue_example_feeds_every_body_to_a_decoder() {
        List<String> wrong = new ArrayList<>();
        // tag::catalogue[]
        for (Fixture fixture : FixtureCatalogue.forVersion(ProtocolVersion.V1_0)) {
            try {
                codec.decode(fixture.bytes());
                if (!fixture.isValid()) {
                    wrong.add(fixture + ": accepted");
                }
            } catch (BiDecodeException e) {
                if (!fixture.expectedResultCode().equals(Optional.of(e.resultCode()))) {
                    wrong.add(fixture + ": answered " + e.resultCode());
                }
            }
        }
        // end::catalogue[]
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_assertion_example_passes_on_the_servers_answers() {
        ProtocolVersion v = ProtocolVersion.V1_1;
        HomeNSReq request = BiFixtures.homeNsReq(v).devEui(ReferenceServers.KNOWN).senderToken(HexBytes.parse("0A0B")).build();
        HomeNSReq unknownDevice = BiFixtures.homeNsReq(v).devEui(EUI64.parse("FFFFFFFFFFFFFFFE")).build();
        // tag::assertions[]
        HomeNSAns answer = send(request);
        assertThat(answer).answers(request).isSuccess().hasHomeNetId(ReferenceServers.HOME);

        HomeNSAns refusal = send(unknownDevice);
        assertThat(refusal).answers(unknownDevice).hasResultCode(ResultCode.UnknownDevEUI).hasNoHomeNetId();
        // end::assertions[]
    }

    @Test
    void the_documented_failure_message_is_the_one_the_assertion_gives() {
        HomeNSReq request = BiFixtures.homeNsReq(ProtocolVersion.V1_1).transactionId(7).senderToken(HexBytes.parse("0A0B")).build();
        HomeNSAns answer = BiFixtures.homeNsAns(ProtocolVersion.V1_1).build();
        assertThatThrownBy(() -> assertThat(answer).answers(request)).hasMessage("""
                Expecting the HomeNSAns (ProtocolVersion 1.1, TransactionID 42) to answer the HomeNSReq (TransactionID 7) \
                but its header differs from the derived one:
                  TransactionID: expected 7 (the request's TransactionID), was 42
                  ReceiverToken: expected 0A0B (the request's SenderToken), was absent""");
    }
}
