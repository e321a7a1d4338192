package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./bi} launcher script, run through a symbolic link from another directory, with a stand-in
 * {@code mvnw} (which logs its arguments and fails or builds a jar) and a stand-in {@code java} (which
 * prints its arguments), so that nothing real is built or started. Needs bash.
 */
@DisabledOnOs(OS.WINDOWS)
@Timeout(60)
class LauncherTest {

    @TempDir
    Path tmp;

    private Path repo;
    private Path link;
    private Path elsewhere;
    private Path javaHome;

    private static Path realLauncher() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root").isNotNull();
        return dir.resolve("bi");
    }

    private static Path script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/usr/bin/env bash\n" + body, StandardCharsets.UTF_8);
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }

    @BeforeEach
    void layOut() throws IOException {
        Path root = tmp.toRealPath();
        repo = root.resolve("repo");
        Files.createDirectories(repo.resolve("bi-cli/src/main/java"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.writeString(repo.resolve("bi-cli/pom.xml"), "<project/>");
        Files.copy(realLauncher(), repo.resolve("bi"));
        assertThat(repo.resolve("bi").toFile().setExecutable(true)).isTrue();
        Path bin = Files.createDirectories(root.resolve("bin"));
        link = Files.createSymbolicLink(bin.resolve("bi"), repo.resolve("bi"));
        elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        javaHome = root.resolve("jdk");
        script(javaHome.resolve("bin/java"), "printf '%s\\n' \"$@\"\n");
    }

    private void mvnw(String body) throws IOException {
        script(repo.resolve("mvnw"), "echo \"$*\" >> \"$(dirname \"$0\")/mvnw-calls\"\n" + body);
    }

    private record Run(int status, String out, String err) {}

    private Run bi(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of(link.toString())));
        pb.command().addAll(List.of(args));
        pb.directory(elsewhere.toFile());
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().putAll(env);
        pb.redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(50, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out")), Files.readString(tmp.resolve("err")));
    }

    private List<String> mvnwCalls() throws IOException {
        Path calls = repo.resolve("mvnw-calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    @Test
    void a_failed_build_prints_the_last_lines_of_its_output() throws Exception {
        mvnw("for i in $(seq 1 40); do echo \"build line $i\"; done\nexit 1\n");
        Run run = bi(Map.of(), "demo");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("bi: the build failed; the last lines of its output:", "  build line 11\n",
                "  build line 40\n", "bi: the whole output is in ").doesNotContain("build line 10\n");
        assertThat(mvnwCalls()).containsExactly("-B -q -f " + repo.resolve("pom.xml") + " -pl bi-cli -am package -DskipTests");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_build_that_leaves_no_jar_is_an_error_not_an_empty_jar() throws Exception {
        mvnw("exit 0\n");
        Run run = bi(Map.of(), "demo");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("bi: the build succeeded but left no " + repo.resolve("bi-cli/target/bi-cli.jar"));
        assertThat(repo.resolve("bi-cli/target/bi-cli.jar")).doesNotExist();
    }

    @Test
    void through_a_link_from_another_directory_it_builds_once_and_runs_the_jar_with_java_opts() throws Exception {
        mvnw("mkdir -p \"$(dirname \"$0\")/bi-cli/target\" && touch \"$(dirname \"$0\")/bi-cli/target/bi-cli.jar\"\n");
        Run first = bi(Map.of("JAVA_OPTS", "-Xmx64m -Dbi.example=1"), "lint", "a file.json");
        assertThat(first.status()).isZero();
        assertThat(first.out().lines()).containsExactly("-Xmx64m", "-Dbi.example=1", "-jar",
                repo.resolve("bi-cli/target/bi-cli.jar").toString(), "lint", "a file.json");
        assertThat(mvnwCalls()).hasSize(1);
        assertThat(first.err()).contains("bi: building the tool (the first build downloads dependencies");

        Run again = bi(Map.of(), "--version");
        assertThat(again.out().lines()).containsExactly("-jar", repo.resolve("bi-cli/target/bi-cli.jar").toString(), "--version");
        assertThat(mvnwCalls()).as("an up-to-date jar is not rebuilt").hasSize(1);

        Path source = Files.writeString(repo.resolve("bi-cli/src/main/java/Changed.java"), "class Changed {}");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        Run rebuilt = bi(Map.of(), "--version");
        assertThat(mvnwCalls()).as("a changed bi-cli source is rebuilt").hasSize(2);
        assertThat(rebuilt.err()).contains("bi: rebuilding the tool").doesNotContain("first build");
    }

    @Test
    void a_java_home_without_a_jdk_is_said_so_before_any_build() throws Exception {
        mvnw("exit 0\n");
        Run run = bi(Map.of("JAVA_HOME", tmp.resolve("nonexistent").toString()), "--version");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("bi: JAVA_HOME (" + tmp.resolve("nonexistent") + ") does not point to a JDK")
                .doesNotContain("No such file");
        assertThat(mvnwCalls()).isEmpty();
    }
}
