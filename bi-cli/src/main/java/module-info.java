/**
 * The {@code bi} command-line tool: {@code demo}, {@code serve}, {@code check}, {@code lint}. A tool,
 * not a library: it exports no package.
 */
module io.lorawanbi.cli {
    requires io.lorawanbi.testkit;
}
