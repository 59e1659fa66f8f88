package io.textcenter.messaging.web.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the running module serves to frontends and operators: the contract's schema, GraphiQL, health. */
class SchemaContractIT extends AgainstTheDeployedModule {

    private static final Path CONTRACT_DIR = Path.of(System.getProperty("contract.dir", "../contract"));

    private Server server;

    @BeforeEach
    void locate() {
        server = server();
    }

    @Test
    void theServedSchemaKeepsThePublicContract() throws IOException {
        var response = server.get("/messaging/graphql/schema.graphql");
        assertEquals(200, response.statusCode());

        var contract = new SchemaContract(Files.readString(CONTRACT_DIR.resolve("schema.graphql")), notYetServed());
        assertEquals(List.of(), contract.problemsWith(response.body()));
    }

    @Test
    void theProjectsCopyOfTheContractIsTheSharedOne() throws IOException {
        Path shared = Path.of(System.getProperty("shared.contract.file", "../../shared/contract/schema.graphql"));
        assumeTrue(Files.exists(shared), "no shared contract beside this clone");
        assertEquals(Files.readString(shared), Files.readString(CONTRACT_DIR.resolve("schema.graphql")));
    }

    @Test
    void readinessReportsTheDatabaseReachableAndMigrated() {
        var response = server.get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());

        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("messaging-database"))
                .findFirst()
                .orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals("0", database.getJsonObject("data").getString("pendingMigrations"));
    }

    @Test
    void graphiqlIsServedAndTalksToTheModulesEndpoint() {
        var page = server.get("/messaging/graphql-ui/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("render.js"));

        var script = server.get("/messaging/graphql-ui/render.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("../graphql"));
    }

    private static Set<String> notYetServed() throws IOException {
        return Files.readAllLines(CONTRACT_DIR.resolve("not-yet-served.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toSet());
    }
}
