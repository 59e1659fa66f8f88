package io.textcenter.messaging.consent;

import io.textcenter.messaging.api.CustomerDirectory;
import io.textcenter.messaging.validation.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Who may be texted. A number that opted out (STOP and its synonyms, or carrier error 21610) is never texted from any
 * line until it opts in again (START, YES, UNSTOP). Marketing goes only to numbers whose latest marketing consent event
 * gives it; opting out withdraws it, and opting in again does not give it back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentService {

    private static final Logger LOG = Logger.getLogger(ConsentService.class.getName());

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CustomerDirectory customers;

    @Inject
    RecentSignUp recentSignUp;

    public boolean isOptedOut(String phoneNumber) {
        return em.find(OptOut.class, phoneNumber) != null;
    }

    /** Those of these numbers that opted out. */
    public Set<String> optedOutAmong(Collection<String> phoneNumbers) {
        return phoneNumbers.isEmpty()
                ? Set.of()
                : Set.copyOf(em.createQuery(
                                "SELECT o.phoneNumber FROM OptOut o WHERE o.phoneNumber IN :numbers", String.class)
                        .setParameter("numbers", phoneNumbers)
                        .getResultList());
    }

    public void optOut(String phoneNumber, String source) {
        if (!isOptedOut(phoneNumber)) {
            em.persist(new OptOut(phoneNumber, OffsetDateTime.now(clock), source));
            if (hasMarketingConsent(phoneNumber)) {
                em.persist(new MarketingConsentEvent(
                        phoneNumber, OffsetDateTime.now(clock), false, ConsentSource.STOP, null, source, null));
            }
            LOG.info(() -> "Opted out " + PhoneNumbers.masked(phoneNumber) + " (" + source + ")");
        }
    }

    /** Those of these numbers with marketing consent: recorded here (the latest event gives it), or by the host. */
    public Set<String> withMarketingConsentAmong(Collection<String> phoneNumbers) {
        if (phoneNumbers.isEmpty()) {
            return Set.of();
        }
        Set<String> consenting = new HashSet<>(recordedMarketingConsentAmong(phoneNumbers));
        consenting.addAll(customers.withMarketingConsent(phoneNumbers));
        return consenting;
    }

    /** Those of these numbers whose latest recorded event gives marketing consent. */
    private Set<String> recordedMarketingConsentAmong(Collection<String> phoneNumbers) {
        return em.createQuery(
                        "SELECT e FROM MarketingConsentEvent e WHERE e.phoneNumber IN :numbers AND NOT EXISTS"
                                + " (SELECT l.id FROM MarketingConsentEvent l WHERE l.phoneNumber = e.phoneNumber"
                                + " AND l.id > e.id)",
                        MarketingConsentEvent.class)
                .setParameter("numbers", phoneNumbers)
                .getResultStream()
                .filter(MarketingConsentEvent::given)
                .map(MarketingConsentEvent::phoneNumber)
                .collect(Collectors.toSet());
    }

    public boolean hasMarketingConsent(String phoneNumber) {
        return !withMarketingConsentAmong(List.of(phoneNumber)).isEmpty();
    }

    /** Each of these numbers' consent: opted out or not, marketing or not, and the marketing history. */
    public List<ConsentState> statesOf(Collection<String> phoneNumbers) {
        if (phoneNumbers.isEmpty()) {
            return List.of();
        }
        Set<String> optedOut = optedOutAmong(phoneNumbers);
        Set<String> recorded = recordedMarketingConsentAmong(phoneNumbers);
        Set<String> byHost = customers.withMarketingConsent(phoneNumbers);
        Map<String, List<MarketingConsentData>> histories = em.createQuery(
                        "SELECT e FROM MarketingConsentEvent e WHERE e.phoneNumber IN :numbers ORDER BY e.id",
                        MarketingConsentEvent.class)
                .setParameter("numbers", phoneNumbers)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        MarketingConsentEvent::phoneNumber,
                        Collectors.mapping(MarketingConsentEvent::toData, Collectors.toList())));
        return phoneNumbers.stream()
                .distinct()
                .map(number -> new ConsentState(
                        number,
                        optedOut.contains(number),
                        recorded.contains(number) || byHost.contains(number),
                        byHost.contains(number),
                        histories.getOrDefault(number, List.of())))
                .toList();
    }

    /**
     * A received text from this (E.164) number: when it is the marketing sign-up keyword, the number's marketing
     * consent is recorded with the invitation's wording. Answers whether it was.
     */
    public boolean signUpByKeyword(String phoneNumber, String body) {
        MarketingSignUpData signUp = recentSignUp.get();
        if (!signUp.isSignUp(body) || isOptedOut(phoneNumber)) {
            return false;
        }
        recordMarketing(phoneNumber, true, ConsentSource.KEYWORD, signUp.wording(), "texted " + signUp.keyword(), null);
        LOG.info(() -> "Marketing consent by keyword from " + PhoneNumbers.masked(phoneNumber));
        return true;
    }

    MarketingSignUpData signUp() {
        return em.find(MarketingSignUp.class, MarketingSignUp.THE_ROW).toData();
    }

    /** Records marketing consent given or withdrawn for this (E.164) number. */
    void recordMarketing(
            String phoneNumber, boolean given, ConsentSource source, String wording, String note, String recordedBy) {
        em.persist(new MarketingConsentEvent(
                phoneNumber, OffsetDateTime.now(clock), given, source, wording, note, recordedBy));
    }

    public void optIn(String phoneNumber) {
        OptOut optOut = em.find(OptOut.class, phoneNumber);
        if (optOut != null) {
            em.remove(optOut);
            LOG.info(() -> "Opted in " + PhoneNumbers.masked(phoneNumber));
        }
    }
}
