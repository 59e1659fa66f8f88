package io.textcenter.messaging.web.graphql;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything runs, a request whose mutation holds more top-level fields than allowed (aliases count:
 * {@code a: sendMessage(...) b: sendMessage(...)} is two). Nothing of such a request is executed.
 */
class MutationLimit extends SimplePerformantInstrumentation {

    private final int maxMutations;

    MutationLimit(int maxMutations) {
        this.maxMutations = maxMutations;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
            int mutations = fields(
                    operation.getSelectionSet(),
                    parameters.getExecutionContext().getFragmentsByName());
            if (mutations > maxMutations) {
                throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                        .message("A request may hold at most %d mutations; this one holds %d", maxMutations, mutations)
                        .errorType(ErrorType.ExecutionAborted)
                        .extensions(Map.of("code", "limit-exceeded"))
                        .build()));
            }
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static int fields(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
        int count = 0;
        for (var selection : selections.getSelections()) {
            if (selection instanceof Field) {
                count++;
            } else if (selection instanceof InlineFragment inline) {
                count += fields(inline.getSelectionSet(), fragments);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                count += fields(fragments.get(spread.getName()).getSelectionSet(), fragments);
            }
        }
        return count;
    }
}
