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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.jboss.jandex.CompositeIndex;
import org.jboss.jandex.IndexReader;
import org.jboss.jandex.IndexView;

/**
 * Builds the GraphQL schema when the WAR starts, from the WAR's own classes, where every GraphQL type lives. Their index
 * is made with the build (messaging-web's pom), so a start reads it instead of reading every class. SmallRye's servlet
 * listener would index every library in WEB-INF/lib too, which cost a few seconds of each start; web.xml's
 * {@code absolute-ordering}, which names only the module's own jars, keeps that listener out, and web.xml declares
 * SmallRye's servlets itself.
 */
@WebListener
public class GraphQLSchemaStartup implements ServletContextListener {

    private static final String CLASS_INDEX = "/WEB-INF/classes/META-INF/graphql-classes.idx";

    @Inject
    GraphQLProducer graphQLProducer;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        // no classes of its own to index: it adds the types SmallRye's API always needs
        IndexView smallRyeTypes = new IndexInitializer().createIndex(Set.of());
        IndexView index = CompositeIndex.create(classIndexOf(context), smallRyeTypes);
        GraphQLSchema schema = graphQLProducer.initialize(SchemaBuilder.build(index), true);
        context.setAttribute(SchemaServlet.SCHEMA_PROP, schema);
    }

    private static IndexView classIndexOf(ServletContext context) {
        try (var in = context.getResourceAsStream(CLASS_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("The WAR holds no " + CLASS_INDEX + ": build it with Maven");
            }
            return new IndexReader(in).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
