package io.textcenter.messaging.web.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;

/**
 * What a field costs toward a request's complexity limit: one, plus what its selection costs once for each item it
 * may return. A field with a size argument ({@code first}, {@code last}) returns at most that many, whether it is the
 * list itself or a page holding one (its {@code items} then count once); any other list is taken to hold
 * {@link #UNSIZED_LIST} items.
 */
class ListSizeComplexity implements FieldComplexityCalculator {

    static final int UNSIZED_LIST = 10;
    private static final List<String> SIZE_ARGUMENTS = List.of("first", "last");

    @Override
    public int calculate(FieldComplexityEnvironment field, int selectionComplexity) {
        return 1 + selectionComplexity * items(field);
    }

    private static int items(FieldComplexityEnvironment field) {
        Integer size = size(field);
        if (size != null) {
            return Math.max(size, 1);
        }
        boolean list = GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()) instanceof GraphQLList;
        boolean sizedByItsPage = field.getParentEnvironment() != null && size(field.getParentEnvironment()) != null;
        return list && !sizedByItsPage ? UNSIZED_LIST : 1;
    }

    private static Integer size(FieldComplexityEnvironment field) {
        return SIZE_ARGUMENTS.stream()
                .map(field.getArguments()::get)
                .filter(Integer.class::isInstance)
                .map(Integer.class::cast)
                .findFirst()
                .orElse(null);
    }
}
