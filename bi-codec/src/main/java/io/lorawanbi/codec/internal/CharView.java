package io.lorawanbi.codec.internal;

/**
 * A reusable, mutable view of a slice of a char array, handed to value parsers so that hex text is
 * decoded straight from the parser's buffer. It must not escape the call it is given to; not
 * thread-safe (one per decode).
 */
final class CharView implements CharSequence {

    private char[] buffer = new char[0];
    private int offset;
    private int length;

    CharView set(char[] buffer, int offset, int length) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return buffer[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
        return new String(buffer, offset, length);
    }
}
