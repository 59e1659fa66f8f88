package io.textcenter.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The benchmark database, directly (JDBC): to check what the server stored, and to set up the baselines' table. */
final class Database implements AutoCloseable {

    private final Connection connection;

    private Database(Connection connection) {
        this.connection = connection;
    }

    static Database connect(String jdbcUrl) {
        try {
            return new Database(DriverManager.getConnection(jdbcUrl));
        } catch (SQLException unreachable) {
            throw new IllegalStateException("cannot connect to " + jdbcUrl, unreachable);
        }
    }

    /** The first column of each row, as text. */
    List<String> column(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException failed) {
            throw new IllegalStateException(sql + ": " + failed.getMessage(), failed);
        }
    }

    void execute(String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        } catch (SQLException failed) {
            throw new IllegalStateException(sql + ": " + failed.getMessage(), failed);
        }
    }

    long number(String sql, Object... parameters) {
        return Long.parseLong(column(sql, parameters).get(0));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing after the checks; nothing is left to do
        }
    }
}
