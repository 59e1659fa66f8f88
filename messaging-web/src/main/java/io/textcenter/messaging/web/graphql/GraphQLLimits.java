package io.textcenter.messaging.web.graphql;

import graphql.ErrorType;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The limits every GraphQL request is held to, installed when SmallRye builds its GraphQL engine (this service is
 * found through ServiceLoader): graphql-java's depth and complexity limits (lists counted by the items they may hold,
 * {@link ListSizeComplexity}), refused as invalid input, and a cap on the mutations one request may hold, so aliases
 * cannot fan a mutation out. They replace SmallRye's own depth and complexity settings, which
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
                new MaxQueryDepthInstrumentation(config.getValue("messaging.graphql.max-depth", Integer.class)) {
                    @Override
                    protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                        return invalid("maximum query depth exceeded %d > %d".formatted(depth, maxDepth));
                    }
                },
                new MaxQueryComplexityInstrumentation(
                        config.getValue("messaging.graphql.max-complexity", Integer.class), new ListSizeComplexity()) {
                    @Override
                    protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                        return invalid(("maximum query complexity exceeded %d > %d: ask for fewer items (first, last)"
                                        + " or fewer fields")
                                .formatted(complexity, maxComplexity));
                    }
                },
                new MutationLimit(config.getValue("messaging.graphql.max-mutations", Integer.class)))));
    }

    /** A refusal shown as invalid input, like the module's own validation errors. */
    private static AbortExecutionException invalid(String reason) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .message(reason)
                .errorType(ErrorType.ValidationError)
                .extensions(Map.of("code", "validation"))
                .build()));
    }
}
