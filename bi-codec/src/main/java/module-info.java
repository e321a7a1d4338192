/**
 * The versioned JSON codec of the LoRaWAN Backend Interfaces (TS002) 1.0 and 1.1.
 *
 * <p>Jackson's streaming parser and generator are implementation details: no type of theirs appears in
 * the exported API. The model's rules are checked by code generated at build time; Hibernate Validator
 * is an optional dependency ({@code requires static}), read only by a codec built with
 * {@code BiCodec.Builder.hibernateValidator()}.
 */
module io.lorawanbi.codec {
    requires transitive io.lorawanbi.model;
    requires com.fasterxml.jackson.core;
    requires static org.hibernate.validator;
    requires static org.jspecify;
    requires java.logging;

    exports io.lorawanbi.codec;
}
