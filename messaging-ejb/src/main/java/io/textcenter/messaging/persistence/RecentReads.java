package io.textcenter.messaging.persistence;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * What was read a moment ago, for what every received text needs and administrators rarely change (the signing key,
 * the line a number belongs to, the auto-responders) and for what every metrics scrape reads (the outbox's backlog):
 * each is read again once older than {@code keptFor}. The bean
 * that owns one forgets it when the settings are saved on this instance; saved on another instance of a cluster,
 * the change shows within {@code keptFor}. Nothing is kept for a key whose read answered null (found nothing), so
 * that, say, a line created on another instance is found at once.
 */
public final class RecentReads<K, V> {

    private static final int MOST_KEYS = 10_000;

    private final LoadingCache<K, V> reads;

    /** {@code read} answers null when there is nothing for the key. */
    public RecentReads(Duration keptFor, Function<K, V> read) {
        this(keptFor, read, Ticker.systemTicker());
    }

    RecentReads(Duration keptFor, Function<K, V> read, Ticker ticker) {
        this.reads = Caffeine.newBuilder()
                .expireAfterWrite(keptFor)
                .maximumSize(MOST_KEYS)
                .ticker(ticker)
                .build(read::apply);
    }

    public Optional<V> get(K key) {
        return Optional.ofNullable(reads.get(key));
    }

    public void forgetAll() {
        reads.invalidateAll();
    }
}
