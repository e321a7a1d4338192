package io.lorawanbi.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.RequestLog;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.testsupport.LogCapture;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/server.md, "The request log": the documented set-up, run. */
class RequestLogExamplesTest {

    @Test
    void the_request_log_writes_one_info_line_per_exchange() {
        HomeNSHandler handler = HomeNSHandler.immediate((request, context) -> HomeNSOutcome.found(Fixtures.HOME_NET_ID));
        SenderAuthenticator authenticator = SenderAuthenticator.insecureSenderAllowList(Set.of(NetID.parse("000013")));
        try (LogCapture log = LogCapture.install()) {
            // tag::request-log[]
            BiServer server = BiServer.builder()
                    .homeNsHandler(handler)
                    .authenticator(authenticator)
                    .listener(RequestLog.create()) // INFO, logger io.lorawanbi.server.RequestLog
                    .build();
            // end::request-log[]
            server.handle(InboundRequest.of(BiCodec.standard().encode(new HomeNSReq(
                    Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1), Fixtures.DEV_EUI))));
            assertThat(log.records()).filteredOn(r -> r.startsWith(RequestLog.DEFAULT_LOGGER_NAME + " ")).singleElement()
                    .asString().contains("INFO", "event=answered ProtocolVersion=1.1 MessageType=HomeNSReq SenderID=000013 "
                            + "ReceiverID=70B3D57ED0000000 TransactionID=", "ResultCode=Success elapsed_ms=");
        }
    }
}
