package io.lorawanbi.testkit.conformance;

import io.lorawanbi.testkit.client.TargetResponse;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.testkit.internal.BareResultJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds what most failures of a run have in common: every response a failing rule received said the
 * same thing (the same non-Success ResultCode, or the same HTTP status without one). When at least
 * three failures and more than half of them share it, it is stated first, with what to check: a wrong
 * SenderID or missing credentials otherwise shows as a wall of unrelated failures. Stateless.
 */
final class CommonCause {

    private CommonCause() {}

    /**
     * The sentence, or {@code null}.
     *
     * @param failures for each failed rule run, the responses it received
     */
    static @Nullable String of(List<List<TargetResponse>> failures, SuiteConfig config) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<TargetResponse> responses : failures) {
            Optional<String> shared = shared(responses);
            shared.ifPresent(s -> counts.merge(s, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 3 && e.getValue() * 2 > failures.size())
                .findFirst()
                .map(e -> "most failures share one cause: in " + e.getValue() + " of " + failures.size()
                        + " failing rules every answer was " + e.getKey() + hint(e.getKey(), config))
                .orElse(null);
    }

    /** What every response said, if they all said the same thing other than Success. */
    private static Optional<String> shared(List<TargetResponse> responses) {
        String common = null;
        for (TargetResponse r : responses) {
            String said = said(r);
            if (said == null || common != null && !common.equals(said)) {
                return Optional.empty();
            }
            common = said;
        }
        return Optional.ofNullable(common);
    }

    private static @Nullable String said(TargetResponse response) {
        Optional<ResultCode> code = BareResultJson.read(response.body()).map(Result::resultCode);
        if (code.isPresent()) {
            return code.get().isSuccess() ? null : "ResultCode " + code.get();
        }
        return response.status() >= 200 && response.status() < 300 ? null : "HTTP " + response.status();
    }

    private static String hint(String said, SuiteConfig config) {
        if (said.equals("ResultCode " + ResultCode.UnknownSender)) {
            return ": the endpoint does not accept SenderID " + config.senderId()
                    + " from this client; check the sender ID and the credentials (client certificate, Authorization)";
        }
        if (said.equals("ResultCode " + ResultCode.UnkownReceiver)) {
            return ": the endpoint does not serve JoinEUI " + config.joinEui() + "; check the JoinEUI (ReceiverID)";
        }
        if (said.equals("ResultCode " + ResultCode.UnknownDevEUI)) {
            return ": the endpoint does not know DevEUI " + config.knownDevEui() + "; check the known device";
        }
        if (said.equals("HTTP 401") || said.equals("HTTP 403")) {
            return ": the endpoint refuses this client; check the credentials (client certificate, Authorization)";
        }
        if (said.equals("HTTP 404") || said.equals("HTTP 405")) {
            return ": nothing answers POST at this URL; check the endpoint's path";
        }
        return "";
    }
}
