package dev.luminara.mcp.internal;

/** A token bucket: {@code perSecond} calls a second on average, bursts up to twice that. */
public final class RateLimiter {
    private final double perSecond;
    private final double capacity;
    private double tokens;
    private long last;

    public RateLimiter(int perSecond) {
        this.perSecond = perSecond;
        this.capacity = 2.0 * perSecond;
        this.tokens = capacity;
        this.last = System.nanoTime();
    }

    public static RateLimiter unlimited() {
        return new RateLimiter(Integer.MAX_VALUE / 4);
    }

    public synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - last) / 1e9 * perSecond);
        last = now;
        if (tokens < 1) return false;
        tokens -= 1;
        return true;
    }

    public double perSecond() {
        return perSecond;
    }
}
