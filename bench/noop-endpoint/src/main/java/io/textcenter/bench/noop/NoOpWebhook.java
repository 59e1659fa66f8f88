package io.textcenter.bench.noop;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The webhook benchmark's baseline: takes the same signed form a Twilio webhook posts and answers the same empty
 * TwiML, doing nothing in between (no signature check, no database). What is left is the server's HTTP and JAX-RS cost.
 */
@Path("noop")
public class NoOpWebhook {

    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_XML)
    public String receive(MultivaluedMap<String, String> form) {
        return EMPTY_TWIML;
    }
}
