/**
 * The versioned JSON codec of the LoRaWAN Backend Interfaces (TS002) 1.0 and 1.1.
 *
 * <p>Jackson's streaming parser and generator and Hibernate Validator are implementation details: no
 * type of theirs appears in the exported API.
 */
module io.lorawanbi.codec {
    requires transitive io.lorawanbi.model;
    requires com.fasterxml.jackson.core;
    requires org.hibernate.validator;
    requires static org.jspecify;
    requires java.logging;

    exports io.lorawanbi.codec;
}
