package io.lorawanbi.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Deviations a receiver tolerates in a message that decodes, for {@code bi lint} to name: the codec
 * accepts them (docs/codec.md, "Signed TransactionID" and "Numbers") but a sender should not send them.
 * Only the top-level {@code TransactionID} is looked at: a negative value (read as its unsigned 32 bits)
 * and a whole number written with a fraction or an exponent ({@code 7.0}, {@code 1e9}).
 */
final class LintNotes {

    private static final JsonFactory JSON = new JsonFactory();

    private LintNotes() {}

    /** The notes on a body that decoded, each one sentence; empty when there is nothing to note. */
    static List<String> of(byte[] body) {
        List<String> notes = new ArrayList<>();
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return notes;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("TransactionID") && value != null && value.isNumeric()) {
                    note(p.getText(), p.getDecimalValue(), notes);
                    return notes;
                }
                p.skipChildren();
            }
        } catch (IOException | NumberFormatException e) {
            // the codec read it; a note is an extra, never a failure
        }
        return notes;
    }

    private static void note(String text, BigDecimal value, List<String> notes) {
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.signum() < 0) {
            long unsigned = whole.longValueExact() + 0x1_0000_0000L;
            notes.add("note: TransactionID " + text + " is negative; it was read as its unsigned 32-bit value " + unsigned
                    + " (a sender that holds it in a signed integer), and an answer carries " + unsigned
                    + "; TransactionID is unsigned (§2.1)");
        } else if (!text.equals(whole.toPlainString())) {
            notes.add("note: TransactionID " + text + " was read as " + whole.toPlainString()
                    + "; TransactionID is sent as a plain unsigned integer (§2.1)");
        }
    }
}
