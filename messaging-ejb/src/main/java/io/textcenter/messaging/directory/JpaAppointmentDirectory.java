package io.textcenter.messaging.directory;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.AppointmentDirectory;
import io.textcenter.messaging.api.AppointmentStatus;
import io.textcenter.messaging.persistence.EntityIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The standalone appointment book, in the module's own tables. */
@ApplicationScoped
@Transactional
public class JpaAppointmentDirectory implements AppointmentDirectory {

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Override
    public Optional<AppointmentData> find(String id) {
        return JpaRows.find(em, Appointment.class, id).map(Appointment::toData);
    }

    @Override
    public List<AppointmentData> findAll(Collection<String> ids) {
        return JpaRows.findAll(em, Appointment.BY_IDS, Appointment.class, ids).stream()
                .map(Appointment::toData)
                .toList();
    }

    @Override
    public List<AppointmentData> findStartingBetween(OffsetDateTime from, OffsetDateTime to) {
        return em.createNamedQuery(Appointment.STARTING_BETWEEN, Appointment.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(Appointment::toData)
                .toList();
    }

    @Override
    public Optional<AppointmentData> nextFor(String customerId, OffsetDateTime after) {
        return EntityIds.parse(customerId)
                .flatMap(key -> em.createNamedQuery(Appointment.NEXT_OF_CUSTOMER, Appointment.class)
                        .setParameter("customerId", key)
                        .setParameter("after", after)
                        .setParameter("canceled", AppointmentStatus.CANCELED)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .map(Appointment::toData));
    }

    @Override
    public AppointmentData save(AppointmentData data) {
        Appointment appointment;
        if (data.id() == null) {
            appointment = new Appointment(data);
            em.persist(appointment);
        } else {
            appointment = JpaRows.get(em, Appointment.class, data.id());
            appointment.update(data);
        }
        em.flush();
        return appointment.toData();
    }
}
