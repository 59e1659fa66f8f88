package io.textcenter.messaging.web.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaContractTest {

    private static final String CONTRACT = """
            scalar DateTime
            enum Kind { A B }
            type Thing { id: ID!  name: String  when: DateTime!  children(order: Kind = A, first: Int = 50): [Thing!]! }
            input ThingInput { id: ID  name: String!  active: Boolean = true }
            type Query { thing(id: ID!): Thing  things: [Thing!]! }
            """;

    private final SchemaContract contract = new SchemaContract(CONTRACT, Set.of());

    @Test
    void aServedSchemaThatAddsOptionalThingsKeepsTheContract() {
        String served = CONTRACT.replace("enum Kind { A B }", "enum Kind { A B C }")
                        .replace("input ThingInput { id: ID", "input ThingInput { note: String  id: ID")
                        .replace("things: [Thing!]!", "things(search: String): [Thing!]!  extra: Int")
                + "type Extra { x: Int }";
        assertEquals(java.util.List.of(), contract.problemsWith(served));
    }

    @Test
    void reportsMissingTypesFieldsScalarsAndEnumValues() {
        String served = """
                enum Kind { A }
                type Thing { id: ID!  when: String!  children(order: Kind = A, first: Int = 50): [Thing!]! }
                type Query { thing(id: ID!): Thing  things: [Thing!]! }
                """;
        var problems = contract.problemsWith(served);
        assertTrue(problems.contains("scalar DateTime is missing"), problems::toString);
        assertTrue(problems.contains("enum value Kind.B is missing"), problems::toString);
        assertTrue(problems.contains("Thing.name is missing"), problems::toString);
        assertTrue(problems.contains("type ThingInput is missing"), problems::toString);
        assertTrue(problems.contains("Thing.when is String!, the contract says DateTime!"), problems::toString);
    }

    @Test
    void reportsChangedNullabilityAndDefaults() {
        String served = CONTRACT.replace("name: String  when", "name: String!  when")
                .replace("first: Int = 50", "first: Int = 20")
                .replace("active: Boolean = true", "active: Boolean")
                .replace("thing(id: ID!)", "thing(id: ID)");
        var problems = contract.problemsWith(served);
        assertTrue(problems.contains("Thing.name is String!, the contract says String"), problems::toString);
        assertTrue(problems.contains("Thing.children.first defaults to 20, the contract says 50"), problems::toString);
        assertTrue(problems.contains("ThingInput.active defaults to null, the contract says true"), problems::toString);
        assertTrue(problems.contains("Query.thing.id is ID, the contract says ID!"), problems::toString);
    }

    @Test
    void aRequiredAdditionBreaksCallers() {
        String served = CONTRACT.replace("things: [Thing!]!", "things(tenant: ID!): [Thing!]!")
                .replace("input ThingInput { id: ID", "input ThingInput { owner: ID!  id: ID");
        var problems = contract.problemsWith(served);
        assertTrue(
                problems.contains("Query.things.tenant is added as required, which breaks existing callers"),
                problems::toString);
        assertTrue(
                problems.contains("ThingInput.owner is added as required, which breaks existing callers"),
                problems::toString);
    }

    @Test
    void theNotYetServedListMustBeTrue() {
        var listing = new SchemaContract(CONTRACT, Set.of("ThingInput", "Query.things", "Query.nothing", "Kind.B"));
        var problems = listing.problemsWith(CONTRACT);
        assertTrue(
                problems.contains("ThingInput is served: remove it from the not-yet-served list"), problems::toString);
        assertTrue(problems.contains("Kind.B is served: remove it from the not-yet-served list"), problems::toString);
        assertTrue(
                problems.contains("Query.things is served: remove it from the not-yet-served list"),
                problems::toString);
        assertTrue(
                problems.contains("Query.nothing is listed as not yet served but is not in the contract"),
                problems::toString);

        String withoutThem = CONTRACT.replaceAll("input ThingInput \\{[^}]*}", "")
                .replace("things: [Thing!]!", "")
                .replace("enum Kind { A B }", "enum Kind { A }");
        assertEquals(
                java.util.List.of("Query.nothing is listed as not yet served but is not in the contract"),
                listing.problemsWith(withoutThem));
    }
}
