package io.lorawanbi.client.redis.internal;

/**
 * The Lua scripts that move one pending key through its states, each atomic in Redis. A key's value is
 * one of:
 *
 * <ul>
 *   <li>{@code P|<deadline>|<timeout>}: pending until {@code deadline} (Redis time, epoch milliseconds);
 *   <li>{@code A|<timeout>|<answer>}: answered, the answer not yet taken by the waiting instance;
 *   <li>{@code D|<timeout>}: answered and taken;
 *   <li>{@code T|<timeout>}: timed out; {@code C|<timeout>}: cancelled.
 * </ul>
 *
 * {@code timeout} is the registration's timeout in milliseconds; every state after pending lives at
 * least that long again, so that an answer arriving late is recognised. Scripts answer with one status
 * letter, or {@code A} followed by the answer's bytes when they took the answer.
 */
public final class Scripts {

    private Scripts() {}

    private static final String COMMON = """
            local function now()
              local t = redis.call('TIME')
              return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            end
            local function take(key, v)
              local p = string.find(v, '|', 3, true)
              local t = string.sub(v, 3, p - 1)
              redis.call('SET', key, 'D|' .. t, 'PX', tonumber(t))
              return 'A' .. string.sub(v, p + 1)
            end
            local function pending(key, remaining, t)
              local deadline = now() + remaining
              return redis.call('SET', key, 'P|' .. string.format('%.0f', deadline) .. '|' .. t,
                'NX', 'PX', remaining + t)
            end
            """;

    /** ARGV: timeout ms. Answers {@code O} (registered) or {@code X} (key in use). */
    public static final String REGISTER = COMMON + """
            local t = tonumber(ARGV[1])
            if pending(KEYS[1], t, t) then return 'O' end
            return 'X'
            """;

    /**
     * ARGV: answer, channel. Answers {@code C} (stored and announced on the channel), {@code T} (timed
     * out), {@code K} (cancelled), {@code D} (already answered) or {@code U} (unknown).
     */
    public static final String DELIVER = COMMON + """
            local v = redis.call('GET', KEYS[1])
            if not v then return 'U' end
            local s = string.sub(v, 1, 1)
            if s == 'P' then
              local deadline, t = string.match(v, '^P|(%d+)|(%d+)$')
              deadline = tonumber(deadline)
              local n = now()
              if n > deadline then
                redis.call('SET', KEYS[1], 'T|' .. t, 'PX', math.max(tonumber(t), deadline + tonumber(t) - n))
                return 'T'
              end
              local ttl = redis.call('PTTL', KEYS[1])
              redis.call('SET', KEYS[1], 'A|' .. t .. '|' .. ARGV[1], 'PX', math.max(ttl, tonumber(t)))
              redis.call('PUBLISH', ARGV[2], KEYS[1])
              return 'C'
            end
            if s == 'T' then return 'T' end
            if s == 'C' then return 'K' end
            return 'D'
            """;

    /** Takes a stored answer. Answers {@code A<answer>} or {@code N} (none waiting). */
    public static final String TAKE = COMMON + """
            local v = redis.call('GET', KEYS[1])
            if v and string.sub(v, 1, 1) == 'A' then return take(KEYS[1], v) end
            return 'N'
            """;

    /**
     * ARGV: state letter ({@code T} timed out or {@code C} cancelled), timeout ms. Ends the wait: takes
     * an answer that arrived just before (answers {@code A<answer>}; a cancelling caller discards it) or
     * marks the key for the late window (answers the letter).
     */
    public static final String END = COMMON + """
            local v = redis.call('GET', KEYS[1])
            if v then
              local s = string.sub(v, 1, 1)
              if s == 'A' then return take(KEYS[1], v) end
              if s ~= 'P' then return ARGV[1] end
            end
            redis.call('SET', KEYS[1], ARGV[1] .. '|' .. ARGV[2], 'PX', tonumber(ARGV[2]))
            return ARGV[1]
            """;

    /**
     * ARGV: remaining ms, timeout ms. After a reconnection: takes an answer that was announced while
     * this instance was not listening ({@code A<answer>}), registers the key again if Redis lost it
     * ({@code R}), or leaves it ({@code P}).
     */
    public static final String RESUME = COMMON + """
            local v = redis.call('GET', KEYS[1])
            if not v then
              pending(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]))
              return 'R'
            end
            if string.sub(v, 1, 1) == 'A' then return take(KEYS[1], v) end
            return 'P'
            """;
}
