package io.textcenter.messaging.outbound;

import java.time.Duration;

/** Counts nothing: no metric registry below the server. */
public class NoMetrics extends OutboxMetrics {

    @Override
    public void sent(long lineId) {}

    @Override
    public void retried(long lineId, String reason) {}

    @Override
    public void failed(long lineId, String code) {}

    @Override
    public void skipped(long lineId, String reason) {}

    @Override
    public void missedSlots(long lineId, int texts) {}

    @Override
    public void carrierCall(long lineId, Duration took) {}
}
