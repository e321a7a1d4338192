package io.lorawanbi.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The configuration of {@code bi serve}, one record per section of the YAML file (docs/deploy.md
 * documents the schema). Relative paths in the file are relative to the file's directory. Command
 * line flags override what the file says ({@link ServeCommand}).
 */
record ServeConfig(ListenConfig listen, TrustConfig trust, AnswersConfig answers, RegistryConfig registry,
        Optional<LogConfig> log, Optional<MetricsConfig> metrics, ShutdownConfig shutdown) {

    /** The configuration without a file: every section at its defaults. */
    static ServeConfig defaults() {
        return new ServeConfig(ListenConfig.defaults(), TrustConfig.defaults(), AnswersConfig.defaults(),
                RegistryConfig.defaults(), Optional.empty(), Optional.empty(), ShutdownConfig.defaults());
    }

    /**
     * Reads a configuration file.
     *
     * @throws UsageException naming the file, line and key of the first problem
     */
    static ServeConfig load(Path file) {
        ConfigNode root = ConfigNode.read(file)
                .only("listen", "trust", "answers", "registry", "log", "metrics", "shutdown");
        return new ServeConfig(
                root.section("listen").map(ListenConfig::read).orElseGet(ListenConfig::defaults),
                root.section("trust").map(TrustConfig::read).orElseGet(TrustConfig::defaults),
                root.section("answers").map(AnswersConfig::read).orElseGet(AnswersConfig::defaults),
                root.section("registry").map(RegistryConfig::read).orElseGet(RegistryConfig::defaults),
                root.section("log").map(LogConfig::read),
                root.section("metrics").map(MetricsConfig::read),
                root.section("shutdown").map(ShutdownConfig::read).orElseGet(ShutdownConfig::defaults));
    }

    ServeConfig withListen(ListenConfig value) {
        return new ServeConfig(value, trust, answers, registry, log, metrics, shutdown);
    }

    ServeConfig withTrust(TrustConfig value) {
        return new ServeConfig(listen, value, answers, registry, log, metrics, shutdown);
    }

    ServeConfig withAnswers(AnswersConfig value) {
        return new ServeConfig(listen, trust, value, registry, log, metrics, shutdown);
    }

    ServeConfig withRegistry(RegistryConfig value) {
        return new ServeConfig(listen, trust, answers, value, log, metrics, shutdown);
    }

    ServeConfig withLog(Optional<LogConfig> value) {
        return new ServeConfig(listen, trust, answers, registry, value, metrics, shutdown);
    }

    ServeConfig withMetrics(Optional<MetricsConfig> value) {
        return new ServeConfig(listen, trust, answers, registry, log, value, shutdown);
    }

    ServeConfig withShutdown(ShutdownConfig value) {
        return new ServeConfig(listen, trust, answers, registry, log, metrics, value);
    }
}
