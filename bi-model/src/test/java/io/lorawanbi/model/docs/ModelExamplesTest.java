package io.lorawanbi.model.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.DLSettings;
import io.lorawanbi.model.DevAddr;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MACVersion;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.JoinAns;
import io.lorawanbi.model.message.JoinReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.testsupport.Validation;
import io.lorawanbi.model.validation.BiGroups;
import io.lorawanbi.model.validation.MemberPath;
import io.lorawanbi.model.validation.MessageRules;
import io.lorawanbi.model.validation.RuleViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The examples shown in README.md and docs/model.md, compiled and run here. */
class ModelExamplesTest {

    private final Validator validator = Validation.validator();

    @Test
    void build_a_request_derive_its_answer_and_validate_it() {
        // tag::homens[]
        HomeNSReq request = new HomeNSReq(
                Header.builder()
                        .protocolVersion(ProtocolVersion.V1_1)
                        .senderId(NetID.parse("000013"))
                        .senderNsid(EUI64.parse("0000000000000001"))
                        .receiverId(EUI64.parse("70b3d57ed0000000")) // either hex case, optional 0x
                        .transactionId(7L)
                        .messageType(MessageType.HomeNSReq)
                        .build(),
                EUI64.parse("0102030405060708"));

        // IDs, tokens and NSIDs swapped; version and TransactionID copied; MessageType HomeNSAns.
        HomeNSAns answer = HomeNSAns.success(request.header().answerHeader(),
                NetID.parse("000013"), EUI64.parse("70B3D57ED0001234"));

        Set<ConstraintViolation<HomeNSAns>> violations =
                validator.validate(answer, BiGroups.of(answer.protocolVersion()));
        // end::homens[]
        assertThat(violations).isEmpty();
        assertThat(answer.header().receiverNsid()).isEqualTo(EUI64.parse("0000000000000001"));
        assertThat(answer.header().senderId()).hasToString("70B3D57ED0000000");
    }

    @Test
    void build_an_answer_with_its_builder() {
        JoinReq joinRequest = new JoinReq(Header.builder().protocolVersion(ProtocolVersion.V1_0)
                .senderId(NetID.parse("000013")).receiverId(EUI64.parse("70B3D57ED0000000")).transactionId(7L)
                .messageType(MessageType.JoinReq).build(),
                MACVersion.V1_0_3, HexBytes.parse("00000000D07ED5B370080706050403020100003851F0B6"),
                EUI64.parse("0102030405060708"), DevAddr.parse("01020304"), DLSettings.of(false, 0, 0), 1, null);
        KeyEnvelope nwkSKey = KeyEnvelope.plain(HexBytes.parse("A0A1A2A3A4A5A6A7A8A9AAABACADAEAF").toByteArray());
        // tag::builders[]
        JoinAns accepted = JoinAns.builder()
                .answering(joinRequest) // the derived answer header
                .result(Result.success())
                .phyPayload(HexBytes.parse("204DD85AE608B87FC4889970B7D2042C9E72959B0057AED6094B16003DF12DE145"))
                .nwkSKey(nwkSKey)
                .build();
        JoinAns longer = accepted.toBuilder().lifetime(86_400L).build(); // a changed copy
        JoinAns refused = JoinAns.builder()
                .answering(joinRequest)
                .failure(ResultCode.UnknownDevEUI, "not one of ours") // Result, and no other body member
                .build();
        // end::builders[]
        assertThat(validator.validate(accepted, BiGroups.of(ProtocolVersion.V1_0))).isEmpty();
        assertThat(validator.validate(refused, BiGroups.of(ProtocolVersion.V1_0))).isEmpty();
        assertThat(longer.lifetime()).isEqualTo(86_400L);
        assertThat(longer.nwkSKey()).isEqualTo(nwkSKey);
        assertThat(refused.nwkSKey()).isNull();
        assertThat(refused.header().transactionId()).isEqualTo(7L);
    }

    @Test
    void violations_name_the_json_member() {
        HomeNSReq request = new HomeNSReq(
                Header.builder()
                        .protocolVersion(ProtocolVersion.V1_0)
                        .senderId(NetID.parse("000013"))
                        .receiverId(EUI64.parse("70B3D57ED0000000"))
                        .transactionId(42L)
                        .messageType(MessageType.HomeNSReq)
                        .build(),
                EUI64.parse("0102030405060708"));
        // tag::paths[]
        HomeNSAns broken = new HomeNSAns(request.header().answerHeader(),
                Result.of(ResultCode.Success), null, EUI64.parse("70B3D57ED0001234"));

        List<String> report = new ArrayList<>();
        for (ConstraintViolation<HomeNSAns> v : validator.validate(broken, BiGroups.of(ProtocolVersion.V1_0))) {
            report.add(MemberPath.of(v) + ": " + v.getMessage());
        }
        // report holds, in some order:
        //   "HNSID: is a 1.1 member, not allowed in 1.0"
        //   "HNetID: is required when the ResultCode is Success"
        // end::paths[]
        assertThat(report).containsExactlyInAnyOrder(
                "HNSID: is a 1.1 member, not allowed in 1.0",
                "HNetID: is required when the ResultCode is Success");
    }

    @Test
    void generated() {
        HomeNSReq request = new HomeNSReq(
                Header.builder()
                        .protocolVersion(ProtocolVersion.V1_0)
                        .senderId(NetID.parse("000013"))
                        .receiverId(EUI64.parse("70B3D57ED0000000"))
                        .transactionId(42L)
                        .messageType(MessageType.HomeNSReq)
                        .build(),
                EUI64.parse("0102030405060708"));
        // tag::generated[]
        HomeNSAns broken = new HomeNSAns(request.header().answerHeader(),
                Result.of(ResultCode.Success), null, EUI64.parse("70B3D57ED0001234"));

        List<String> report = new ArrayList<>();
        for (RuleViolation v : MessageRules.check(broken, BiGroups.of(ProtocolVersion.V1_0))) {
            report.add(v.memberPath() + ": " + v.message() + " (@" + v.constraint().getSimpleName() + ")");
        }
        // report holds, in some order:
        //   "HNSID: is a 1.1 member, not allowed in 1.0 (@Null)"
        //   "HNetID: is required when the ResultCode is Success (@PresentOnSuccess)"
        // end::generated[]
        assertThat(report).containsExactlyInAnyOrder(
                "HNSID: is a 1.1 member, not allowed in 1.0 (@Null)",
                "HNetID: is required when the ResultCode is Success (@PresentOnSuccess)");
    }
}
