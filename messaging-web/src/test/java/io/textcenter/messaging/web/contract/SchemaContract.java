package io.textcenter.messaging.web.contract;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.Value;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that a served schema keeps the public contract: every type, field, argument (with its default), input field
 * and enum value of the contract, with the same type and nullability. The served schema may add optional arguments,
 * nullable input fields, fields, types and enum values. Items named in the "not yet served" list (a type, a field, an
 * argument or an enum value, as "Type.name") must be absent.
 */
public final class SchemaContract {

    private final TypeDefinitionRegistry contract;
    private final Set<String> notYetServed;

    public SchemaContract(String contractSdl, Set<String> notYetServed) {
        this.contract = new SchemaParser().parse(contractSdl);
        this.notYetServed = notYetServed;
    }

    /** Every way {@code servedSdl} breaks the contract; empty when it keeps it. */
    public List<String> problemsWith(String servedSdl) {
        TypeDefinitionRegistry served = new SchemaParser().parse(servedSdl);
        List<String> problems = new ArrayList<>();
        for (String listed : notYetServed) {
            if (!inContract(listed)) {
                problems.add(listed + " is listed as not yet served but is not in the contract");
            }
        }
        for (String scalar : contract.scalars().keySet()) {
            if (!served.scalars().containsKey(scalar)) {
                problems.add("scalar " + scalar + " is missing");
            }
        }
        for (TypeDefinition<?> type : contract.types().values()) {
            TypeDefinition<?> servedType = served.getType(type.getName()).orElse(null);
            if (notYetServed.contains(type.getName())) {
                if (servedType != null) {
                    problems.add(type.getName() + " is served: remove it from the not-yet-served list");
                }
            } else if (servedType == null) {
                problems.add("type " + type.getName() + " is missing");
            } else if (servedType.getClass() != type.getClass()) {
                problems.add(type.getName() + " is a " + kind(servedType) + ", the contract says " + kind(type));
            } else {
                compare(type, servedType, problems);
            }
        }
        return problems;
    }

    private void compare(TypeDefinition<?> type, TypeDefinition<?> servedType, List<String> problems) {
        if (type instanceof ObjectTypeDefinition object) {
            Map<String, FieldDefinition> servedFields =
                    byName(((ObjectTypeDefinition) servedType).getFieldDefinitions(), FieldDefinition::getName);
            for (FieldDefinition field : object.getFieldDefinitions()) {
                String path = type.getName() + "." + field.getName();
                FieldDefinition servedField = servedFields.get(field.getName());
                if (presence(path, servedField, problems)) {
                    sameType(path, field.getType(), servedField.getType(), problems);
                    compareInputValues(
                            path, field.getInputValueDefinitions(), servedField.getInputValueDefinitions(), problems);
                }
            }
        } else if (type instanceof InputObjectTypeDefinition input) {
            compareInputValues(
                    type.getName(),
                    input.getInputValueDefinitions(),
                    ((InputObjectTypeDefinition) servedType).getInputValueDefinitions(),
                    problems);
        } else if (type instanceof EnumTypeDefinition enumeration) {
            Set<String> servedValues = ((EnumTypeDefinition) servedType)
                    .getEnumValueDefinitions().stream()
                            .map(EnumValueDefinition::getName)
                            .collect(Collectors.toSet());
            for (EnumValueDefinition value : enumeration.getEnumValueDefinitions()) {
                String path = type.getName() + "." + value.getName();
                if (notYetServed.contains(path)) {
                    if (servedValues.contains(value.getName())) {
                        problems.add(path + " is served: remove it from the not-yet-served list");
                    }
                } else if (!servedValues.contains(value.getName())) {
                    problems.add("enum value " + path + " is missing");
                }
            }
        }
    }

    /** Arguments of a field, or fields of an input type: same types and defaults; additions must be optional. */
    private void compareInputValues(
            String owner,
            List<InputValueDefinition> values,
            List<InputValueDefinition> servedValues,
            List<String> problems) {
        Map<String, InputValueDefinition> servedByName = byName(servedValues, InputValueDefinition::getName);
        for (InputValueDefinition value : values) {
            String path = owner + "." + value.getName();
            InputValueDefinition servedValue = servedByName.get(value.getName());
            if (presence(path, servedValue, problems)) {
                sameType(path, value.getType(), servedValue.getType(), problems);
                String expected = print(value.getDefaultValue());
                String actual = print(servedValue.getDefaultValue());
                if (!Objects.equals(expected, actual)) {
                    problems.add(path + " defaults to " + actual + ", the contract says " + expected);
                }
            }
        }
        Set<String> contracted =
                values.stream().map(InputValueDefinition::getName).collect(Collectors.toSet());
        servedValues.stream()
                .filter(added -> !contracted.contains(added.getName()))
                .filter(added -> added.getType() instanceof NonNullType && added.getDefaultValue() == null)
                .forEach(added -> problems.add(
                        owner + "." + added.getName() + " is added as required, which breaks existing callers"));
    }

    /** True when the item is served and should be compared; records a problem when presence is wrong. */
    private boolean presence(String path, Object served, List<String> problems) {
        if (notYetServed.contains(path)) {
            if (served != null) {
                problems.add(path + " is served: remove it from the not-yet-served list");
            }
            return false;
        }
        if (served == null) {
            problems.add(path + " is missing");
            return false;
        }
        return true;
    }

    private static void sameType(
            String path, graphql.language.Type<?> expected, graphql.language.Type<?> actual, List<String> problems) {
        if (!AstPrinter.printAst(expected).equals(AstPrinter.printAst(actual))) {
            problems.add(path + " is " + AstPrinter.printAst(actual) + ", the contract says "
                    + AstPrinter.printAst(expected));
        }
    }

    private boolean inContract(String listed) {
        int dot = listed.indexOf('.');
        if (dot < 0) {
            return contract.getType(listed).isPresent();
        }
        String field = listed.substring(dot + 1);
        return contract.getType(listed.substring(0, dot))
                .map(type -> {
                    if (type instanceof ObjectTypeDefinition object) {
                        return object.getFieldDefinitions().stream()
                                .anyMatch(f -> f.getName().equals(field));
                    }
                    if (type instanceof EnumTypeDefinition enumeration) {
                        return enumeration.getEnumValueDefinitions().stream()
                                .anyMatch(v -> v.getName().equals(field));
                    }
                    return type instanceof InputObjectTypeDefinition input
                            && input.getInputValueDefinitions().stream()
                                    .anyMatch(f -> f.getName().equals(field));
                })
                .orElse(false);
    }

    private static String kind(TypeDefinition<?> type) {
        return type.getClass().getSimpleName().replace("TypeDefinition", "").toLowerCase();
    }

    private static String print(Value<?> value) {
        return value == null ? null : AstPrinter.printAst(value);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity()));
    }
}
