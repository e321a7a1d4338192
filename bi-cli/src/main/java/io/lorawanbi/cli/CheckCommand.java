package io.lorawanbi.cli;

import io.lorawanbi.model.Eui64;
import io.lorawanbi.model.NetId;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.testkit.conformance.ConformanceReport;
import io.lorawanbi.testkit.conformance.ConformanceRunner;
import io.lorawanbi.testkit.conformance.ConformanceTarget;
import io.lorawanbi.testkit.conformance.Feature;
import io.lorawanbi.testkit.conformance.SuiteConfig;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code bi check}: runs the HomeNS conformance suite against a live endpoint. */
final class CheckCommand {

    static final String USAGE = "bi check URL --sender-id NETID --join-eui EUI --dev-eui EUI [--unknown-dev-eui EUI]"
            + " [--version 1.0|1.1|both] [--sender-ns-id EUI] [--cert PEM --key PEM --ca PEM] [--token TOKEN]"
            + " [--no-sender-check] [--no-receiver-check] [--home-ns-id-known]";

    private CheckCommand() {}

    static int run(Args args, PrintStream out) {
        if (args.operands().size() != 1) {
            throw new UsageException("give exactly one URL; usage: " + USAGE);
        }
        URI url = Args.convert("URL", args.operands().get(0), URI::create);
        if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
            throw new UsageException("the URL must start with http:// or https://");
        }
        SuiteConfig.Builder config = SuiteConfig.builder()
                .senderId(Args.convert("sender-id", args.required("sender-id"), NetId::parse))
                .joinEui(Args.convert("join-eui", args.required("join-eui"), Eui64::parse))
                .knownDevEui(Args.convert("dev-eui", args.required("dev-eui"), Eui64::parse))
                .versions(versions(args.option("version").orElse("both")));
        args.option("unknown-dev-eui").ifPresent(s -> config.unknownDevEui(Args.convert("unknown-dev-eui", s, Eui64::parse)));
        args.option("sender-ns-id").ifPresent(s -> config.senderNsid(Args.convert("sender-ns-id", s, Eui64::parse)));
        if (!args.flag("no-sender-check")) {
            config.features(Feature.SENDER_AUTHENTICATION);
        }
        if (!args.flag("no-receiver-check")) {
            config.features(Feature.RECEIVER_CHECK);
        }
        if (args.flag("home-ns-id-known")) {
            config.features(Feature.HOME_NSID);
        }
        SuiteConfig suite;
        try {
            suite = config.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        List<String> tls = List.of("cert", "key", "ca");
        long given = tls.stream().filter(o -> args.option(o).isPresent()).count();
        if (given != 0 && given != 3) {
            throw new UsageException("--cert, --key and --ca go together");
        }
        if (given == 3) {
            client.sslContext(Pem.clientContext(Path.of(args.required("cert")), Path.of(args.required("key")),
                    Path.of(args.required("ca"))));
        }
        String authorization = args.option("token").map(t -> "Bearer " + t).orElse(null);
        ConformanceTarget target = ConformanceTarget.http(url, client.build(), authorization);
        out.println("checking " + url + " (" + suite.versions().size() + " version(s))");
        ConformanceReport report = new ConformanceRunner().run(target, suite, r -> {
            out.println(r.line());
            out.flush();
        });
        out.println(report.summary() + (report.requiredRulesPassed() ? "; every required rule passed" : "; REQUIRED RULES FAILED"));
        return report.requiredRulesPassed() ? 0 : 1;
    }

    static Set<ProtocolVersion> versions(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "1.0" -> Set.of(ProtocolVersion.V1_0);
            case "1.1" -> Set.of(ProtocolVersion.V1_1);
            case "both" -> new java.util.LinkedHashSet<>(List.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1));
            default -> throw new UsageException("--version must be 1.0, 1.1 or both");
        };
    }
}
