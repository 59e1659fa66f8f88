package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.settings.LineKind;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.settings.SenderLineService;
import java.util.Optional;

/** The line of {@link OutboxRows}, switched on, at a pace of the test's choosing. */
final class OneLine extends SenderLineService {

    private final double messagesPerSecond;

    OneLine(double messagesPerSecond) {
        this.messagesPerSecond = messagesPerSecond;
    }

    @Override
    public Optional<SenderLineData> find(long id) {
        return Optional.of(new SenderLineData(
                Long.toString(id), "Service", "+12015550100", LineKind.TWO_WAY, true, messagesPerSecond));
    }
}
