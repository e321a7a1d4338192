package io.lorawanbi.cli;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.jdk.BiHttpServer;
import io.lorawanbi.testkit.conformance.ConformanceReport;
import io.lorawanbi.testkit.conformance.ConformanceRunner;
import io.lorawanbi.testkit.conformance.ConformanceTarget;
import io.lorawanbi.testkit.conformance.Feature;
import io.lorawanbi.testkit.conformance.HomeNSConformance;
import io.lorawanbi.testkit.conformance.SuiteConfig;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bi demo}: starts a HomeNS responder with a few sample devices on an ephemeral port, runs the
 * whole conformance suite against it over HTTP in 1.0 and 1.1, and prints the report.
 */
@Command(name = "demo", descriptionHeading = "%n", optionListHeading = "%nOptions:%n", parameterListHeading = "%nParameters:%n",
        description = {
    "Starts a HomeNS responder with three sample devices on an ephemeral port of 127.0.0.1, runs the whole "
            + "conformance suite against it over HTTP in 1.0 and 1.1, and prints one line per rule and version.",
    "Exit status 0 when every required rule passes, 1 otherwise."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    static final NetID SENDER = NetID.parse("000013");
    static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");
    static final EUI64 KNOWN = EUI64.parse("0102030405060708");

    private final Console console;

    DemoCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintStream out = console.out();
        DeviceFile devices = DeviceFile.parse(List.of(DeviceFile.HEADER,
                JOIN_EUI + "," + KNOWN + ",C00053,70B3D57ED0001234",
                JOIN_EUI + ",0102030405060709,000013,",
                "70B3D57ED0000001,0A0B0C0D0E0F1011,600010,"), "demo devices");
        BiServer server = Responder.server(devices, Set.of(SENDER), Optional.empty());
        try (BiHttpServer http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0))) {
            SuiteConfig config = SuiteConfig.builder().senderId(SENDER).joinEui(JOIN_EUI).knownDevEui(KNOWN)
                    .features(Feature.SENDER_AUTHENTICATION, Feature.RECEIVER_CHECK, Feature.HOME_NSID)
                    .build();
            out.println("HomeNS responder listening on " + http.uri() + " with " + devices.size()
                    + " devices; trusted sender " + SENDER + ", JoinEUIs " + devices.joinEuis());
            out.println("running " + HomeNSConformance.rules().size() + " rules in " + config.versions().size()
                    + " versions over HTTP");
            ConformanceReport report = new ConformanceRunner().run(
                    ConformanceTarget.http(http.uri(), HttpClient.newHttpClient(), null), config, r -> {
                        out.println(r.line());
                        out.flush();
                    });
            return CheckCommand.verdict(report, out);
        }
    }
}
