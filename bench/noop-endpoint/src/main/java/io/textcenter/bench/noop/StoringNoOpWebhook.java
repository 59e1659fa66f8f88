package io.textcenter.bench.noop;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A second baseline, reported beside the first: the no-op that also stores each text's MessageSid in a table of its
 * own, one INSERT and one commit (the pool's connection in auto-commit), in the module's database. What is left is the
 * server's HTTP and JAX-RS cost plus one durable write, the least any webhook that loses nothing must do. A CDI bean,
 * so that the data source is injected into every instance (a plain resource class got it only now and then).
 */
@Path("noop-store")
@ApplicationScoped
public class StoringNoOpWebhook {

    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Resource(lookup = "jdbc/__default")
    DataSource database;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_XML)
    public String receive(MultivaluedMap<String, String> form) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_noop_text (carrier_sid) VALUES (?)")) {
            insert.setString(1, form.getFirst("MessageSid"));
            insert.executeUpdate();
        }
        return EMPTY_TWIML;
    }
}
