package io.lorawanbi.auth.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.auth.ClientCertificateAuthenticator;
import io.lorawanbi.server.testsupport.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A The Things Stack-style sender CA directory, read and refused as start-up requires. */
@Timeout(60)
class SenderClientCasTest {

    static final NetID PARTNER = NetID.parse("000013");
    static final NetID HELIUM = NetID.parse("C00053");

    @TempDir
    static Path pkiDir;

    static TestPki pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws Exception {
        pki = TestPki.generate(pkiDir);
    }

    static Header header(PartyID sender) {
        return Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder().senderId(sender).build();
    }

    void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    TrustConfigException refusal(String configYml) throws Exception {
        write("config.yml", configYml);
        try {
            SenderClientCas.load(dir);
        } catch (TrustConfigException e) {
            return e;
        }
        throw new AssertionError("loaded: " + configYml);
    }

    @Test
    void two_sender_ids_one_with_a_multi_certificate_pem() throws Exception {
        // ca-000013.pem: two CAs and, as in real bundles, a block of another type, which is skipped
        write("ca-000013.pem", "# partner CAs\n" + TestPki.pem(List.of(pki.trustedCa))
                + TestPki.pem(pki.untrustedClient.key()) + TestPki.pem(List.of(pki.untrustedCa)));
        write("cas/helium.pem", TestPki.pem(List.of(pki.otherCa)));
        write("config.yml", "# SenderID: PEM file\n000013: ca-000013.pem\nC00053: cas/helium.pem\n");

        SenderClientCas cas = SenderClientCas.load(dir);

        assertThat(cas.cas()).containsOnlyKeys(PARTNER, HELIUM);
        assertThat(cas.casFor(PARTNER)).hasValue(List.of(pki.trustedCa, pki.untrustedCa));
        assertThat(cas.allCas()).containsExactlyInAnyOrder(pki.trustedCa, pki.untrustedCa, pki.otherCa);
        assertThat(cas.toString()).isEqualTo("SenderClientCas{000013=2, C00053=1}").doesNotContain("BEGIN");

        ClientCertificateAuthenticator auth = cas.authenticator();
        assertThat(auth.authenticate(pki.trustedClient.chain(), header(PARTNER))).isPresent();
        assertThat(auth.authenticate(pki.untrustedClient.chain(), header(PARTNER))).isPresent();
        assertThat(auth.authenticate(pki.otherClient.chain(), header(HELIUM))).isPresent();
        assertThat(auth.authenticate(pki.otherClient.chain(), header(PARTNER))).isEmpty();
        assertThat(auth.authenticate(pki.trustedClient.chain(), header(HELIUM))).isEmpty();
    }

    @Test
    void keys_are_read_as_written_netids_and_joineuis() throws Exception {
        write("a.pem", TestPki.pem(List.of(pki.trustedCa)));
        write("config.yml", "000013: a.pem\n'600010': \"a.pem\"\n70b3d57ed0000000: a.pem\n");
        assertThat(SenderClientCas.load(dir).cas())
                .containsOnlyKeys(PARTNER, NetID.parse("600010"), EUI64.parse("70B3D57ED0000000"));
    }

    @Test
    void unknown_or_repeated_keys_stop_start_up_with_file_and_line() throws Exception {
        write("a.pem", TestPki.pem(List.of(pki.trustedCa)));
        TrustConfigException unknown = refusal("000013: a.pem\n\nsender-client-ca: a.pem\n");
        assertThat(unknown).hasMessageStartingWith(dir.resolve("config.yml") + ":3: unknown key 'sender-client-ca'");
        assertThat(unknown.line()).hasValue(3);
        assertThat(unknown.file()).isEqualTo(dir.resolve("config.yml"));

        assertThat(refusal("000013: a.pem\n13: a.pem\n")).hasMessageContaining(":2: unknown key '13'");
        assertThat(refusal("000013: a.pem\n000013: a.pem\n")).hasMessageContaining(":2: SenderID 000013 is configured twice");
        assertThat(refusal("000013:\n  file: a.pem\n")).hasMessageContaining(":2: expected a PEM file name, found a mapping");
        assertThat(refusal("000013: [a.pem]\n")).hasMessageContaining(":1: expected a PEM file name, found a sequence");
        assertThat(refusal("- a.pem\n")).hasMessageContaining(":1: expected a map of SenderID to PEM file");
        assertThat(refusal("000013: a.pem\n  bad: [\n")).hasMessageContaining("config.yml:").hasMessageContaining("not valid YAML");
        assertThat(refusal("")).hasMessageContaining("no SenderID is configured");
        assertThat(refusal("000013: ''\n")).hasMessageContaining(":1: no PEM file for 000013");
    }

    @Test
    void unreadable_or_empty_pem_files_stop_start_up_with_the_line_that_names_them() throws Exception {
        write("key-only.pem", TestPki.pem(pki.trustedClient.key()));
        write("broken.pem", "-----BEGIN CERTIFICATE-----\nnot*base64\n-----END CERTIFICATE-----\n");
        write("a.pem", TestPki.pem(List.of(pki.trustedCa)));

        assertThat(refusal("000013: a.pem\nC00053: missing.pem\n"))
                .hasMessageContaining(":2: the CA file of C00053 cannot be used")
                .hasMessageContaining("missing.pem: no such file");
        assertThat(refusal("000013: key-only.pem\n")).hasMessageContaining(":1: the CA file of 000013")
                .hasMessageContaining("no CERTIFICATE block").hasMessageNotContaining("MII");
        assertThat(refusal("000013: broken.pem\n")).hasMessageContaining("broken.pem:1: the CERTIFICATE block is not valid base64");
        assertThatThrownBy(() -> SenderClientCas.load(dir.resolve("nowhere")))
                .isInstanceOf(TrustConfigException.class).hasMessageContaining("config.yml: no such file");
    }

    @Test
    void an_oversized_config_or_a_pem_path_that_is_not_a_file_stops_start_up_before_anything_is_parsed() throws Exception {
        // a comment counts: the size is checked on the bytes, not on what the YAML parser keeps
        write("config.yml", "000013: a.pem\n#" + "x".repeat(PemFiles.MAX_FILE_BYTES) + "\n");
        assertThatThrownBy(() -> SenderClientCas.load(dir)).isInstanceOf(TrustConfigException.class)
                .hasMessageContaining("config.yml: larger than " + PemFiles.MAX_FILE_BYTES + " bytes");
        assertThat(refusal("000013: " + dir + "\n")).hasMessageContaining(":1: the CA file of 000013")
                .hasMessageContaining("not a regular file");
        if (Files.exists(Path.of("/dev/zero"))) { // a device reports size 0 and never ends
            assertThatThrownBy(() -> PemFiles.readCertificates(Path.of("/dev/zero")))
                    .isInstanceOf(TrustConfigException.class).hasMessageContaining("not a regular file");
        }
    }

    @Test
    void a_pem_bundle_keeps_its_order() throws Exception {
        write("bundle.pem", TestPki.pem(List.of(pki.otherCa, pki.trustedCa)));
        List<X509Certificate> certs = PemFiles.readCertificates(dir.resolve("bundle.pem"));
        assertThat(certs).containsExactly(pki.otherCa, pki.trustedCa);
    }
}
