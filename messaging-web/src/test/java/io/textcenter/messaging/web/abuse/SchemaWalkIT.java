package io.textcenter.messaging.web.abuse;

import static io.textcenter.messaging.web.support.Fixtures.TOKENS;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.GraphQL;
import io.textcenter.messaging.web.support.Reply;
import io.textcenter.messaging.web.support.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Walks every query and mutation the module serves (its own schema, so a new operation cannot be missed), each called
 * with well-formed arguments: refused without a token and with a token of no known group, and refused for the
 * TextMessaging group unless it is one of the operations docs/operations.md gives that group. Subscriptions are walked in
 * InboxIT (they are refused without a valid token in the connection-init payload).
 */
class SchemaWalkIT extends AgainstTheDeployedModule {

    /**
     * An id that names nothing: an operation the caller may call finds nothing to change, rather than another test's
     * conversation, line or scheduled text.
     */
    private static final String NO_SUCH_ID = "987654321987";

    /** What the TextMessaging group may do (docs/operations.md, "Security"); everything else is for administrators. */
    private static final Set<String> OPEN_TO_AGENTS = Set.of(
            "Query.conversations",
            "Query.conversation",
            "Query.senderLines",
            "Query.templates",
            "Query.renderTemplate",
            "Query.renderText",
            "Query.customer",
            "Query.employee",
            "Query.employees",
            "Query.appointments",
            "Query.bulkSend",
            "Query.bulkSends",
            "Query.companySettings",
            "Query.scheduledMessages",
            "Mutation.cancelScheduledMessage",
            "Mutation.claimConversation",
            "Mutation.resolveConversation",
            "Mutation.reopenConversation",
            "Mutation.whisper",
            "Mutation.sendMessage",
            "Mutation.setMessageReviewed",
            "Mutation.markConversationReviewed",
            "Mutation.linkConversationToCustomer",
            "Mutation.createCustomerFromConversation",
            "Mutation.linkConversationToAppointment",
            "Mutation.dispatchNow",
            "Mutation.textEmployee",
            "Mutation.startBulkCustomerSend",
            "Mutation.startBulkEmployeeSend",
            "Mutation.stopBulkSend",
            "Mutation.restartBulkSend",
            "Query.sandboxClock",
            "Query.sandboxMode",
            "Query.messageLimits",
            "Mutation.sandboxReceiveText",
            "Mutation.recordMarketingConsent",
            "Mutation.withdrawMarketingConsent");

    @Test
    void everyOperationIsRefusedToCallersWithoutTheirGroup() {
        Server server = server();
        GraphQL graphQL = server.graphQL();
        TypeDefinitionRegistry schema = new SchemaParser()
                .parse(server.get("/messaging/graphql/schema.graphql").body());
        String stranger = TOKENS.issue("visitor", "Customer");
        String agent = agentToken();

        Set<String> openToAgents = new TreeSet<>();
        Set<String> walked = new TreeSet<>();
        for (String root : List.of("Query", "Mutation")) {
            ObjectTypeDefinition type =
                    schema.getType(root, ObjectTypeDefinition.class).orElseThrow();
            for (FieldDefinition field : type.getFieldDefinitions()) {
                String name = root + "." + field.getName();
                Operation operation = operation(schema, root, field);
                walked.add(name);
                assertEquals(
                        "forbidden",
                        graphQL.anonymous(operation.text(), operation.variables())
                                .errorCode(),
                        name + " without a token");
                assertEquals(
                        "forbidden",
                        graphQL.call(stranger, operation.text(), operation.variables())
                                .errorCode(),
                        name + " with no known group");
                Reply asAgent = graphQL.call(agent, operation.text(), operation.variables());
                // refused for the group, not for what the operation found (the sandbox phone outside sandbox mode)
                boolean refusedForTheGroup = asAgent.body().containsKey("errors")
                        && "forbidden".equals(asAgent.errorCode())
                        && asAgent.errorMessage().contains("needs the group");
                if (!refusedForTheGroup) {
                    openToAgents.add(name);
                }
            }
        }
        assertEquals(
                new TreeSet<>(OPEN_TO_AGENTS),
                openToAgents,
                "operations the TextMessaging group may call (of " + walked.size() + ")");
    }

    private record Operation(String text, Object[] variables) {}

    /** The field called with a value for each required argument, selecting only __typename of what it returns. */
    private static Operation operation(TypeDefinitionRegistry schema, String root, FieldDefinition field) {
        List<String> declarations = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        List<Object> variables = new ArrayList<>();
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            if (argument.getType() instanceof NonNullType && argument.getDefaultValue() == null) {
                declarations.add(
                        "$" + argument.getName() + ": " + graphql.language.AstPrinter.printAst(argument.getType()));
                arguments.add(argument.getName() + ": $" + argument.getName());
                variables.add(argument.getName());
                variables.add(value(schema, argument.getType()));
            }
        }
        String selection = schema.getType(typeName(field.getType()), ObjectTypeDefinition.class)
                        .isPresent()
                ? " { __typename }"
                : "";
        String text = root.toLowerCase() + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")")
                + " { " + field.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
                + selection + " }";
        return new Operation(text, variables.toArray());
    }

    private static Object value(TypeDefinitionRegistry schema, Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return value(schema, nonNull.getType());
        }
        if (type instanceof ListType list) {
            return List.of(value(schema, list.getType()));
        }
        String name = ((TypeName) type).getName();
        switch (name) {
            case "ID":
                return NO_SUCH_ID;
            case "String":
                return "+12015550100";
            case "Int":
                return 1;
            case "Float":
                return 1.0;
            case "Boolean":
                return true;
            case "DateTime":
                return "2040-01-01T10:00:00Z";
            case "Date":
                return "2040-01-01";
            default:
                break;
        }
        var enumeration = schema.getType(name, EnumTypeDefinition.class);
        if (enumeration.isPresent()) {
            return enumeration.get().getEnumValueDefinitions().get(0).getName();
        }
        Map<String, Object> input = new LinkedHashMap<>();
        for (InputValueDefinition field : schema.getType(name, InputObjectTypeDefinition.class)
                .orElseThrow()
                .getInputValueDefinitions()) {
            if (field.getType() instanceof NonNullType && field.getDefaultValue() == null) {
                input.put(field.getName(), value(schema, field.getType()));
            }
        }
        return input;
    }

    private static String typeName(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return typeName(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return typeName(list.getType());
        }
        return ((TypeName) type).getName();
    }
}
