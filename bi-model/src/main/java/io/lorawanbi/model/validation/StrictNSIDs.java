package io.lorawanbi.model.validation;

/**
 * Optional strictness group: a 1.1 request sent by a Network Server must carry {@code SenderNSID}.
 *
 * <p>The Things Stack enforces this rule on NS → JS requests; ChirpStack and brocaar never send
 * NSIDs. Add this group to {@link V1_1} where a receiver wants the strict behaviour
 * ({@link BiGroups#of(io.lorawanbi.model.ProtocolVersion, boolean)}).
 */
public interface StrictNSIDs {}
