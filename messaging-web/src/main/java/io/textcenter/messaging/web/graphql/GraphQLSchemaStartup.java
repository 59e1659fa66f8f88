package io.textcenter.messaging.web.graphql;

import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.schema.SchemaBuilder;
import io.smallrye.graphql.servlet.IndexInitializer;
import io.smallrye.graphql.servlet.SchemaServlet;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Set;

/**
 * Builds the GraphQL schema when the WAR starts, from the WAR's own classes, where every GraphQL type lives. SmallRye's
 * servlet listener would read and index every library in WEB-INF/lib too, which cost a few seconds of each start;
 * web.xml's {@code absolute-ordering}, which names only the module's own jars, keeps that listener out, and web.xml
 * declares SmallRye's servlets itself.
 */
@WebListener
public class GraphQLSchemaStartup implements ServletContextListener {

    @Inject
    GraphQLProducer graphQLProducer;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        var index = new IndexInitializer().createIndex(Set.of(classesOf(context)));
        GraphQLSchema schema = graphQLProducer.initialize(SchemaBuilder.build(index), true);
        context.setAttribute(SchemaServlet.SCHEMA_PROP, schema);
    }

    private static URL classesOf(ServletContext context) {
        try {
            return Path.of(context.getRealPath("/WEB-INF/classes")).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
