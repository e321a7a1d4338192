package io.lorawanbi.codec;

/**
 * One fault found in a message: the JSON member it concerns and why it is wrong.
 *
 * <p>Immutable and thread-safe.
 *
 * @param memberPath the JSON member path, such as {@code DevEUI} or {@code ULMetaData.GWInfo[0].RSSI};
 *     empty when the fault concerns the whole body
 * @param reason a readable reason, which never repeats a key or a credential
 */
public record MemberProblem(String memberPath, String reason) {

    /** {@code memberPath: reason}, or the reason alone for the whole body. */
    @Override
    public String toString() {
        return memberPath.isEmpty() ? reason : memberPath + ": " + reason;
    }
}
