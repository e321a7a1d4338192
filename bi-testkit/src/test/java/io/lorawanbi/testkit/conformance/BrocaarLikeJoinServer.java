package io.lorawanbi.testkit.conformance;

import io.lorawanbi.testkit.client.TargetResponse;
import io.lorawanbi.testkit.internal.JsonText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A HomeNSReq answerer that behaves as brocaar/lorawan's Join Server (backend/joinserver, the one
 * behind ChirpStack v3) does in 1.0, written from its observable behaviour as recorded in the peer
 * vectors (brocaar-1.0-HomeNSAns-2, -3, brocaar-1.0-Result-1): HTTP 400 with a full answer for
 * UnknownDevEUI; HTTP 400 with a bare {@code {"ResultCode":"Other","Description":…}} for a body that
 * does not decode (not JSON, a member of the wrong type or length, too deep, not a HomeNSReq); a
 * missing DevEUI read as the zero EUI; duplicate members read as the last one (Go's encoding/json);
 * no ProtocolVersion check and every answer in "1.0"; no token echo; no SenderID and no ReceiverID
 * check, the IDs copied back swapped as the raw strings; lowercase hex HNetID ({@code "000000"} on a
 * failure); {@code "VSExtension":{}} and {@code "Description"} always present. Thread-safe.
 */
final class BrocaarLikeJoinServer implements ConformanceTarget {

    private static final String HOME = "c00053";

    @Override
    public TargetResponse post(byte[] body) {
        Optional<Map<String, Object>> parsed = JsonText.object(body);
        if (parsed.isEmpty()) {
            return bareOther("invalid character 'x' looking for beginning of value");
        }
        Map<String, Object> q = parsed.get();
        if (!"HomeNSReq".equals(q.get("MessageType"))) {
            return bareOther("invalid MessageType: " + q.get("MessageType"));
        }
        Object devEui = q.getOrDefault("DevEUI", "0000000000000000");
        if (!(devEui instanceof String text)) {
            return bareOther("json: cannot unmarshal number into Go struct field HomeNSReqPayload.DevEUI of type lorawan.EUI64");
        }
        byte[] eui;
        try {
            eui = HexFormat.of().parseHex(text.startsWith("0x") ? text.substring(2) : text);
        } catch (IllegalArgumentException e) {
            return bareOther("encoding/hex: invalid byte");
        }
        if (eui.length != 8) {
            return bareOther("lorawan: exactly 8 bytes are expected");
        }
        boolean known = HexFormat.of().formatHex(eui).equalsIgnoreCase(ReferenceServers.KNOWN.toString());
        String answer = "{\"ProtocolVersion\":\"1.0\",\"SenderID\":" + string(q.get("ReceiverID"))
                + ",\"ReceiverID\":" + string(q.get("SenderID"))
                + ",\"TransactionID\":" + number(q.get("TransactionID"))
                + ",\"MessageType\":\"HomeNSAns\",\"VSExtension\":{},\"Result\":{\"ResultCode\":"
                + (known ? "\"Success\",\"Description\":\"\"},\"HNetID\":\"" + HOME + "\"}"
                        : "\"UnknownDevEUI\",\"Description\":\"deveui does not exist\"},\"HNetID\":\"000000\"}");
        return new TargetResponse(known ? 200 : 400, answer.getBytes(StandardCharsets.UTF_8));
    }

    private static TargetResponse bareOther(String description) {
        return new TargetResponse(400, ("{\"ResultCode\":\"Other\",\"Description\":" + string(description) + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String string(Object value) {
        String text = value instanceof String s ? s : "";
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String number(Object value) {
        return value instanceof BigDecimal n ? n.toPlainString() : "0";
    }

    @Override
    public String toString() {
        return "brocaar-like Join Server (" + HOME.toUpperCase(Locale.ROOT) + ")";
    }
}
