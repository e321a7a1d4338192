package io.lorawanbi.model.validation;

/**
 * Strictness group of the rules that apply to the messages this library emits, not to those it reads:
 * a peer's message that breaks one is still accepted (liberal in what it accepts), but
 * {@code BiCodec.encode} refuses to emit one (strict in what it sends). Validate with it in addition
 * to the version's group ({@link BiGroups#outbound(io.lorawanbi.model.ProtocolVersion, boolean)}).
 */
public interface Outbound {}
