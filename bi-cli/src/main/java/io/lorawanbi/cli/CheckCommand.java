package io.lorawanbi.cli;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.testkit.conformance.ConformanceReport;
import io.lorawanbi.testkit.conformance.ConformanceRunner;
import io.lorawanbi.testkit.conformance.ConformanceTarget;
import io.lorawanbi.testkit.conformance.Feature;
import io.lorawanbi.testkit.conformance.RuleResult;
import io.lorawanbi.testkit.conformance.SuiteConfig;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bi check}: runs the HomeNS conformance suite against a live endpoint. */
@Command(name = "check", descriptionHeading = "%n", optionListHeading = "%nOptions:%n", parameterListHeading = "%nParameters:%n",
        description = {
    "Runs the HomeNS conformance suite against a live endpoint and prints one line per rule and version "
            + "(PASS, FAIL or SKIP, the rule's name and reference section, and on failure what was expected and "
            + "what came back), then a summary.",
    "Exit status 0 when every required rule passes, 1 when one fails, 2 when the run could not run or was "
            + "stopped at its deadline: the endpoint cannot be reached or does not answer a valid request within the "
            + "answer timeout."})
final class CheckCommand implements Callable<Integer> {

    /** The protocol versions to check. */
    enum Versions {
        V1_0("1.0", ProtocolVersion.V1_0), V1_1("1.1", ProtocolVersion.V1_1), BOTH("both", ProtocolVersion.V1_0, ProtocolVersion.V1_1);

        final String text;
        final List<ProtocolVersion> versions;

        Versions(String text, ProtocolVersion... versions) {
            this.text = text;
            this.versions = List.of(versions);
        }

        static Versions parse(String text) {
            for (Versions v : values()) {
                if (v.text.equals(text)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("must be 1.0, 1.1 or both");
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Client certificate TLS: all three files or none. */
    static final class Tls {
        @Option(names = "--cert", required = true, paramLabel = "PEM", description = "The client certificate chain (PEM).")
        Path cert;

        @Option(names = "--key", required = true, paramLabel = "PEM", description = "The client certificate's key (PKCS#8 PEM).")
        Path key;

        @Option(names = "--ca", required = true, paramLabel = "PEM",
                description = "The CAs that sign the server's certificate (PEM).")
        Path ca;
    }

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "URL", description = "The endpoint, an http:// or https:// URL.")
    private String url;

    @Option(names = "--sender-id", required = true, paramLabel = "NETID", description = "The NetID the endpoint accepts from you.")
    private NetID senderId;

    @Option(names = "--join-eui", required = true, paramLabel = "EUI", description = "A JoinEUI the endpoint serves.")
    private EUI64 joinEui;

    @Option(names = "--dev-eui", required = true, paramLabel = "EUI", description = "A device the endpoint knows.")
    private EUI64 devEui;

    @Option(names = "--unknown-dev-eui", paramLabel = "EUI",
            description = "A device the endpoint does not know (default FFFFFFFFFFFFFFFE).")
    private @Nullable EUI64 unknownDevEui;

    @Option(names = "--protocol-version", paramLabel = "1.0|1.1|both", defaultValue = "both",
            converter = VersionsConverter.class, description = "The ProtocolVersion(s) to check (default ${DEFAULT-VALUE}).")
    private Versions versions;

    /** The earlier name of --protocol-version; now --version is the tool's own option. */
    @Option(names = "--version", hidden = true, paramLabel = "VERSION")
    private @Nullable String formerVersionOption;

    @Option(names = "--sender-ns-id", paramLabel = "EUI", description = "The SenderNSID of 1.1 requests.")
    private @Nullable EUI64 senderNsId;

    @ArgGroup(exclusive = false, multiplicity = "0..1", heading = "%nClient certificate (all three or none):%n")
    private @Nullable Tls tls;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Send Authorization: Bearer TOKEN.")
    private @Nullable String token;

    @Option(names = "--no-sender-check", description = "The endpoint does not refuse untrusted senders: skip those rules.")
    private boolean noSenderCheck;

    @Option(names = "--no-receiver-check",
            description = "The endpoint does not refuse unserved JoinEUIs: skip those rules.")
    private boolean noReceiverCheck;

    @Option(names = "--home-ns-id-known", description = "Also check that 1.1 answers carry HNSID.")
    private boolean homeNsIdKnown;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long each answer is awaited (default ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Option(names = "--deadline", paramLabel = "SECONDS", defaultValue = "120",
            description = "The longest the whole run may take; the rules not run by then are reported as not run "
                    + "(default ${DEFAULT-VALUE}).")
    private int deadlineSeconds;

    private final Console console;

    CheckCommand(Console console) {
        this.console = console;
    }

    /** Parses the {@code --protocol-version} text. */
    static final class VersionsConverter implements picocli.CommandLine.ITypeConverter<Versions> {
        @Override
        public Versions convert(String text) throws Exception {
            return Converters.plain(Versions::parse).convert(text);
        }
    }

    @Override
    public Integer call() {
        if (formerVersionOption != null) {
            throw new UsageException("the ProtocolVersion option is --protocol-version " + formerVersionOption
                    + " (bi --version prints the version of the tool)");
        }
        if (timeoutSeconds < 1 || deadlineSeconds < 1) {
            throw new UsageException((timeoutSeconds < 1 ? "--timeout" : "--deadline") + " must be at least 1 second");
        }
        URI endpoint = endpoint(url);
        SuiteConfig.Builder config = SuiteConfig.builder().senderId(senderId).joinEui(joinEui).knownDevEui(devEui)
                .versions(new LinkedHashSet<>(versions.versions));
        if (unknownDevEui != null) {
            config.unknownDevEui(unknownDevEui);
        }
        if (senderNsId != null) {
            config.senderNsid(senderNsId);
        }
        if (!noSenderCheck) {
            config.features(Feature.SENDER_AUTHENTICATION);
        }
        if (!noReceiverCheck) {
            config.features(Feature.RECEIVER_CHECK);
        }
        if (homeNsIdKnown) {
            config.features(Feature.HOME_NSID);
        }
        SuiteConfig suite;
        try {
            suite = config.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(Errors.plain(e));
        }
        // HTTP/1.1 on plain http (the JDK's default would add Upgrade: h2c, which a strict server may
        // refuse or answer late); HTTP/2 offered through ALPN on https.
        boolean https = "https".equalsIgnoreCase(endpoint.getScheme());
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(https ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
        if (tls != null) {
            client.sslContext(Pem.clientContext(tls.cert, tls.key, tls.ca));
        }
        if (token != null && token.isBlank()) {
            throw new UsageException("--token is empty: give the bearer token, or leave the option out");
        }
        String authorization = token == null ? null : "Bearer " + token;
        ConformanceTarget target = ConformanceTarget.http(endpoint, client.build(), authorization,
                Duration.ofSeconds(timeoutSeconds));
        PrintStream out = console.out();
        out.println("checking " + endpoint + " (" + suite.versions().size() + " version(s))");
        ConformanceReport report = new ConformanceRunner().withDeadline(Duration.ofSeconds(deadlineSeconds))
                .run(target, suite, r -> {
                    out.println(r.line());
                    out.flush();
                });
        return verdict(report, out);
    }

    /**
     * Prints the summary with its verdict and returns the exit status: 1 when a required rule failed, 2
     * when the run did not run (or not to its end) and none failed, 0 otherwise.
     */
    static int verdict(ConformanceReport report, PrintStream out) {
        boolean requiredFailed = report.results().stream()
                .anyMatch(r -> r.rule().isRequired() && r.outcome() == RuleResult.Outcome.FAIL);
        String verdict;
        int status;
        if (requiredFailed) {
            verdict = "; REQUIRED RULES FAILED";
            status = Main.FAILED;
        } else if (report.unreachableReason().isPresent()) {
            verdict = "";
            status = Main.CANNOT_RUN;
        } else if (report.stoppedReason().isPresent()) {
            verdict = "; the run was stopped before every rule ran (--deadline)";
            status = Main.CANNOT_RUN;
        } else {
            verdict = "; every required rule passed";
            status = Main.OK;
        }
        out.println(report.summary() + verdict);
        return status;
    }

    private static URI endpoint(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new UsageException("URL " + text + " is not a URL: " + e.getReason());
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new UsageException("URL " + text + ": must start with http:// or https:// and name a host");
        }
        return uri;
    }

}
