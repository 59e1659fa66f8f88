package io.textcenter.messaging.consent;

/** How marketing consent was given or taken back. */
public enum ConsentSource {
    /** An agent recorded what the customer said on the phone or in person. */
    VERBAL,
    /** An agent recorded a signed form, an e-mail or a web form. */
    WRITTEN,
    /** The customer texted the marketing sign-up keyword. */
    KEYWORD,
    /** An agent took it back at the customer's request. */
    AGENT,
    /** The customer texted STOP (or the carrier reported the number blocked): it withdraws marketing consent too. */
    STOP
}
