package io.textcenter.messaging.delivery;

/** Why a text goes out, which decides the consent it needs. */
public enum Purpose {
    /** Replies, appointment texts, notifications, texts to employees: only an opt-out stops them. */
    TRANSACTIONAL,
    /** Marketing templates and bulk sends: only to numbers with recorded marketing consent. */
    MARKETING
}
