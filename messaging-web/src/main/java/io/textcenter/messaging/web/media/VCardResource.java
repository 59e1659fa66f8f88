package io.textcenter.messaging.web.media;

import io.textcenter.messaging.template.VCards;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The company's vCard at its public, unguessable URL (the carrier fetches it for MMS; no token needed). */
@Path("vcard")
@RequestScoped
public class VCardResource {

    private static final String VCARD = "text/vcard; charset=utf-8";

    @Inject
    VCards vCards;

    @GET
    @Path("{token}.vcf")
    public Response companyCard(@PathParam("token") String token) {
        if (!vCards.isToken(token)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(vCards.companyCard(), VCARD)
                .header("Content-Disposition", "inline; filename=\"contact.vcf\"")
                .build();
    }
}
