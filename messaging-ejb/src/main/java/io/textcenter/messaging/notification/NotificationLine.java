package io.textcenter.messaging.notification;

import io.textcenter.messaging.settings.LineKind;
import io.textcenter.messaging.settings.SenderLineData;
import io.textcenter.messaging.settings.SenderLineService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The line that notifications, Dispatch Now and employee texts go out from: the one configured by number
 * ({@code messaging.notification.line}), else the first active OUTBOUND_ONLY line (Basic Text Messaging), else the
 * first active two-way line.
 */
@ApplicationScoped
public class NotificationLine {

    @Inject
    SenderLineService lines;

    @Inject
    @ConfigProperty(name = "messaging.notification.line")
    Optional<String> configuredNumber;

    public Optional<SenderLineData> current() {
        var active = lines.all().stream()
                .filter(SenderLineData::active)
                .sorted(Comparator.comparing(line -> Long.parseLong(line.id())))
                .toList();
        if (configuredNumber.isPresent()) {
            return active.stream()
                    .filter(line -> line.phoneNumber().equals(configuredNumber.get()))
                    .findFirst();
        }
        return active.stream()
                .filter(line -> line.kind() == LineKind.OUTBOUND_ONLY)
                .findFirst()
                .or(() -> active.stream().findFirst());
    }
}
