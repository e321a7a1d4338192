package io.lorawanbi.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a member held as an integer ({@code Integer} or {@code Long}) that is a measured quantity, not
 * an identifier, counter, index, code or protocol parameter: {@code RSSI} (dBm), {@code Margin} (dB),
 * {@code MaxEIRP} (dBm), {@code FineRecvTime} (ns).
 *
 * <p>The specification types these members as integers (docs/reference.md §3.3, "RSSI: number (int,
 * dBm)"), but a measurement has no exact integer form: a forwarding NS that averages or calibrates
 * sends a fraction ({@code -113.5}). A codec therefore accepts any JSON number for such a member and
 * rounds it to the nearest integer, halves away from zero; every other integer member must be a whole
 * number (docs/reference.md §6.4). Members held as decimals ({@code Double}) take any number anyway
 * and carry no mark.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Measurement {
}
