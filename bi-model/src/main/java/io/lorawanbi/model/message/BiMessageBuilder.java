package io.lorawanbi.model.message;

import org.jspecify.annotations.Nullable;

/**
 * What the builder of every message has in common, for code that builds messages of several types:
 * each message record {@code M} has a builder {@code MBuilder} implementing this interface, from
 * {@code M.builder()} (every member unset) or {@code message.toBuilder()} (a changed copy), with one
 * setter per member besides those below.
 *
 * <p>A builder is not thread-safe and does not validate: {@link #build()} gives the record as set, and
 * validation or encoding reports a member that breaks the rules of the message's version (see
 * {@link BiMessage}).
 *
 * @param <M> the message record built
 */
public interface BiMessageBuilder<M extends BiMessage> {

    /**
     * Sets the common header (TS002 §2.1).
     *
     * @param value the header, or {@code null} to unset it
     * @return this builder
     */
    BiMessageBuilder<M> header(@Nullable Header value);

    /**
     * The message with the members as set, through the record's canonical constructor; not validated.
     *
     * @return a new message record
     */
    M build();
}
