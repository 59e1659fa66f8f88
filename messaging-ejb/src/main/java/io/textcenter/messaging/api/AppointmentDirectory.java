package io.textcenter.messaging.api;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The host's appointments (SPI); see {@link CustomerDirectory} for how a host supplies its own. */
public interface AppointmentDirectory {

    Optional<AppointmentData> find(String id);

    /** The appointments with these ids, in any order; unknown ids are left out. */
    List<AppointmentData> findAll(Collection<String> ids);

    /** Appointments starting in [from, to), earliest first. */
    List<AppointmentData> findStartingBetween(OffsetDateTime from, OffsetDateTime to);

    /** The customer's first appointment starting after {@code after}, if any. */
    Optional<AppointmentData> nextFor(String customerId, OffsetDateTime after);

    /** Creates the appointment when its id is null, else updates it; returns it as stored. */
    AppointmentData save(AppointmentData appointment);
}
