package io.lorawanbi.cli;

import io.lorawanbi.model.Eui64;
import io.lorawanbi.model.NetId;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for the protocol's identifiers, with the parser's own reason as the error. */
final class Converters {

    private Converters() {}

    /** Registers the converters on a command line and the subcommands it already has. */
    static void register(CommandLine cl) {
        cl.registerConverter(NetId.class, plain(NetId::parse));
        cl.registerConverter(Eui64.class, plain(Eui64::parse));
    }

    /** A converter whose IllegalArgumentException becomes picocli's "Invalid value" with the reason alone. */
    static <T> ITypeConverter<T> plain(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + text + "': " + Errors.plain(e));
            }
        };
    }
}
