package io.textcenter.messaging.web.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;

/**
 * The limits every GraphQL request is held to, installed when SmallRye builds its GraphQL engine (this service is
 * found through ServiceLoader): graphql-java's depth and complexity limits, and a cap on the mutations one request
 * may hold, so aliases cannot fan a mutation out. They replace SmallRye's own depth and complexity settings, which
 * would otherwise be the engine's only instrumentation.
 */
public class GraphQLLimits implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always active
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(config.getValue("messaging.graphql.max-depth", Integer.class)),
                new MaxQueryComplexityInstrumentation(config.getValue("messaging.graphql.max-complexity", Integer.class)),
                new MutationLimit(config.getValue("messaging.graphql.max-mutations", Integer.class)))));
    }
}
