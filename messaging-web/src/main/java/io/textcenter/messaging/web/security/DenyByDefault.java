package io.textcenter.messaging.web.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.enterprise.util.AnnotationLiteral;
import java.util.logging.Logger;
import org.eclipse.microprofile.graphql.GraphQLApi;

/**
 * Authorization is not opt-in: a GraphQL API that names no group ({@link RequiresGroup} on the class) is open to
 * administrators only, unless it verifies tokens itself ({@link VerifiesItsOwnToken}). Forgetting the annotation
 * closes an operation instead of opening it to anyone with a token.
 */
public class DenyByDefault implements Extension {

    private static final Logger LOG = Logger.getLogger(DenyByDefault.class.getName());

    void administratorsOnlyUnlessNamed(@Observes @WithAnnotations(GraphQLApi.class) ProcessAnnotatedType<?> api) {
        Class<?> type = api.getAnnotatedType().getJavaClass();
        if (!type.isAnnotationPresent(RequiresGroup.class) && !type.isAnnotationPresent(VerifiesItsOwnToken.class)) {
            LOG.warning(() -> type.getName() + " names no group: its operations are open to administrators only");
            api.configureAnnotatedType().add(new AdministratorsOnly());
        }
    }

    /** {@code @RequiresGroup(Group.ADMINISTRATOR)}. */
    @SuppressWarnings("all")
    private static final class AdministratorsOnly extends AnnotationLiteral<RequiresGroup> implements RequiresGroup {

        @Override
        public String[] value() {
            return new String[] {Group.ADMINISTRATOR};
        }
    }
}
