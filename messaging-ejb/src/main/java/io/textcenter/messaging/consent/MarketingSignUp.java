package io.textcenter.messaging.consent;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The marketing sign-up keyword and its invitation's wording (one row, created by the migration). */
@Entity
@Table(name = "marketing_sign_up")
class MarketingSignUp {

    static final int THE_ROW = 1;

    @Id
    private Integer id;

    @Version
    private long version;

    private String keyword;

    private String wording;

    protected MarketingSignUp() {
        // for JPA
    }

    void set(MarketingSignUpData signUp) {
        keyword = signUp.keyword();
        wording = signUp.wording();
    }

    MarketingSignUpData toData() {
        return new MarketingSignUpData(keyword, wording);
    }
}
