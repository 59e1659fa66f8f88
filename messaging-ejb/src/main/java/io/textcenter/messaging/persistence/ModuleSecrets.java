package io.textcenter.messaging.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Secrets the module makes for itself (e.g. the key that signs media URLs). Made once, kept in the database (sealed,
 * {@link SecretBox}) so that every instance and every restart uses the same one; the first instance to store it wins.
 */
@Singleton
@Lock(LockType.READ)
@TransactionManagement(TransactionManagementType.BEAN)
public class ModuleSecrets {

    private static final int SECRET_BYTES = 32;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Inject
    private SecretBox box;

    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    public byte[] secret(String name) {
        return known.computeIfAbsent(name, this::loadOrCreate);
    }

    private byte[] loadOrCreate(String name) {
        try (Connection connection = dataSource.getConnection()) {
            String stored = read(connection, name);
            if (stored == null) {
                byte[] fresh = new byte[SECRET_BYTES];
                new SecureRandom().nextBytes(fresh);
                try (PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO module_secret (name, secret_value) VALUES (?, ?)")) {
                    insert.setString(1, name);
                    insert.setString(2, box.seal(Base64.getEncoder().encodeToString(fresh)));
                    insert.executeUpdate();
                } catch (SQLException anotherInstanceWasFirst) {
                    // its secret is the one everybody uses
                }
                stored = read(connection, name);
            }
            return Base64.getDecoder().decode(box.open(stored));
        } catch (SQLException unavailable) {
            throw new IllegalStateException("cannot read the module secret " + name, unavailable);
        }
    }

    private static String read(Connection connection, String name) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT secret_value FROM module_secret WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
