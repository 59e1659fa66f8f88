package io.textcenter.messaging.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At start-up, seals under the current {@code messaging.secrets.key} every stored secret that is not yet: those written
 * before secrets were sealed, and those sealed under a previous key (a rotation). Each row is changed only if it is
 * still what was read, so a secret saved meanwhile, or sealed by another instance starting at the same time, stands.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SecretsAtRest {

    private static final Logger LOG = Logger.getLogger(SecretsAtRest.class.getName());

    /** Each table that holds secrets: its key column and its secret column. */
    private record SecretColumn(String table, String key, String secret) {}

    private static final List<SecretColumn> SECRET_COLUMNS = List.of(
            new SecretColumn("twilio_settings", "id", "auth_token"),
            new SecretColumn("module_secret", "name", "secret_value"));

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Inject
    private SecretBox box;

    @PostConstruct
    void sealAll() {
        try (Connection connection = dataSource.getConnection()) {
            int sealed = 0;
            for (SecretColumn column : SECRET_COLUMNS) {
                sealed += seal(connection, column);
            }
            if (sealed > 0) {
                int count = sealed;
                LOG.info(() -> count + " stored secret(s) sealed under the current messaging.secrets.key");
            }
        } catch (SQLException unavailable) {
            throw new IllegalStateException("cannot seal the stored secrets", unavailable);
        }
    }

    private int seal(Connection connection, SecretColumn column) throws SQLException {
        Map<Object, String> toSeal = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT " + column.key() + ", " + column.secret() + " FROM " + column.table());
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (box.needsResealing(rows.getString(2))) {
                    toSeal.put(rows.getObject(1), rows.getString(2));
                }
            }
        }
        int sealed = 0;
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + column.table() + " SET "
                + column.secret() + " = ?" + " WHERE " + column.key() + " = ? AND " + column.secret() + " = ?")) {
            for (Map.Entry<Object, String> row : toSeal.entrySet()) {
                update.setString(1, box.seal(box.open(row.getValue())));
                update.setObject(2, row.getKey());
                update.setString(3, row.getValue());
                sealed += update.executeUpdate();
            }
        }
        return sealed;
    }
}
