package io.lorawanbi.cli;

/**
 * The {@code log} section.
 *
 * @param level the level of the exchange log and of the libraries' own logging: one of
 *     {@code ERROR}, {@code WARNING}, {@code INFO}, {@code DEBUG}, {@code TRACE}, {@code OFF}
 */
record LogConfig(System.Logger.Level level) {

    static LogConfig read(ConfigNode n) {
        n.only("level");
        System.Logger.Level level = n.choice("level", "ERROR", "WARNING", "INFO", "DEBUG", "TRACE", "OFF")
                .map(System.Logger.Level::valueOf).orElseThrow(() -> n.error("level is required"));
        return new LogConfig(level);
    }
}
