package dev.luminara.ai.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.command.EngineCommand;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The timeline's SQLite file: WAL journal, {@code synchronous=FULL} (a commit is on disk when it returns, so an
 * acknowledged operation survives {@code kill -9} and power loss), integrity-checked when opened. One connection;
 * every change is one transaction.
 */
final class TimelineStore implements AutoCloseable {
    static final String SCHEMA_VERSION = "1";
    private static final TypeReference<List<EngineCommand>> COMMANDS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> SCRIPTS = new TypeReference<>() {};

    private final Path file;
    private final Connection db;

    /** A unit of work inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /** One row of the operation tree, kept in memory for path finding. */
    record Node(long id, long parent, int depth) {}

    /** A stored snapshot: the world as scene JSON, and tracked scripts (path → {@link StoredScript}, null: absent). */
    record Snapshot(long operation, String scene, Map<String, String> scripts) {}

    TimelineStore(Path file) {
        this(file, true);
    }

    /** {@code durable == false} (synchronous=OFF) is for property tests only, which open hundreds of timelines. */
    TimelineStore(Path file, boolean durable) {
        this.file = file;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                checkIntegrity(s);
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                    String mode = rs.next() ? rs.getString(1) : "?";
                    if (!"wal".equalsIgnoreCase(mode)) {
                        throw new TimelineException(file + ": cannot switch to WAL journaling (got " + mode + ")");
                    }
                }
                s.execute(durable ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = OFF");
                createSchema(s);
            }
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw new TimelineException(file + ": cannot open the timeline: " + e.getMessage(), e);
        }
    }

    private void checkIntegrity(Statement s) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) problems.add(rs.getString(1));
        } catch (SQLException e) {
            throw new CorruptTimelineException(file + " is not a readable timeline: " + e.getMessage());
        }
        if (!(problems.size() == 1 && problems.get(0).equals("ok"))) {
            throw new CorruptTimelineException(file + " failed its integrity check: "
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        }
    }

    private static void createSchema(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS operations (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL,"
                + " depth INTEGER NOT NULL, created_at INTEGER NOT NULL, prompt TEXT NOT NULL, response TEXT NOT NULL,"
                + " commands TEXT NOT NULL, inverses TEXT NOT NULL, change_summary TEXT NOT NULL, tags TEXT NOT NULL)");
        s.execute("CREATE INDEX IF NOT EXISTS operations_parent ON operations (parent)");
        s.execute("CREATE TABLE IF NOT EXISTS branches (name TEXT PRIMARY KEY, head INTEGER NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS redo (branch TEXT NOT NULL, seq INTEGER NOT NULL, op INTEGER NOT NULL,"
                + " PRIMARY KEY (branch, seq))");
        s.execute("CREATE TABLE IF NOT EXISTS snapshots (op INTEGER PRIMARY KEY, scene TEXT NOT NULL,"
                + " scripts TEXT NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS tracked_scripts (path TEXT PRIMARY KEY, original TEXT)");
    }

    Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    synchronized <T> T tx(Work<T> work) {
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            if (e instanceof TimelineException te) throw te;
            throw new TimelineException(file + ": " + e.getMessage(), e);
        }
    }

    Optional<String> meta(String key) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void setMeta(String key, String value) throws SQLException {
        update(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key,
                value);
    }

    long insertOperation(long parent, int depth, Instant at, OperationDraft d, String summary) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO operations (parent, depth, created_at, prompt, response, commands, inverses,"
                        + " change_summary, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, parent);
            p.setInt(2, depth);
            p.setLong(3, at.toEpochMilli());
            p.setString(4, d.prompt());
            p.setString(5, d.response());
            p.setString(6, json(COMMANDS, d.commands()));
            p.setString(7, json(COMMANDS, d.inverses()));
            p.setString(8, summary);
            p.setString(9, json(STRINGS, d.tags()));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    List<Node> nodes() throws SQLException {
        List<Node> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, parent, depth FROM operations ORDER BY id")) {
            while (rs.next()) out.add(new Node(rs.getLong(1), rs.getLong(2), rs.getInt(3)));
        }
        return out;
    }

    Optional<Operation> operation(long id) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT id, parent, depth, created_at, prompt, response,"
                + " commands, inverses, change_summary, tags FROM operations WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Operation(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        Instant.ofEpochMilli(rs.getLong(4)),
                        rs.getString(5),
                        rs.getString(6),
                        parse(COMMANDS, rs.getString(7), id),
                        parse(COMMANDS, rs.getString(8), id),
                        rs.getString(9),
                        parse(STRINGS, rs.getString(10), id)));
            }
        }
    }

    Map<String, Long> branches() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, head FROM branches ORDER BY name")) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }

    void setBranch(String name, long head) throws SQLException {
        update(
                "INSERT INTO branches (name, head) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET head = excluded.head",
                name,
                head);
    }

    void pushRedo(String branch, long op) throws SQLException {
        update(
                "INSERT INTO redo (branch, seq, op) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM redo WHERE"
                        + " branch = ?), ?)",
                branch,
                branch,
                op);
    }

    Optional<Long> peekRedo(String branch) throws SQLException {
        try (PreparedStatement p =
                db.prepareStatement("SELECT op FROM redo WHERE branch = ? ORDER BY seq DESC LIMIT 1")) {
            p.setString(1, branch);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    void popRedo(String branch) throws SQLException {
        update(
                "DELETE FROM redo WHERE branch = ? AND seq = (SELECT MAX(seq) FROM redo WHERE branch = ?)",
                branch,
                branch);
    }

    void clearRedo(String branch) throws SQLException {
        update("DELETE FROM redo WHERE branch = ?", branch);
    }

    void putSnapshot(long op, String scene, Map<String, String> scripts) throws SQLException {
        update(
                "INSERT OR REPLACE INTO snapshots (op, scene, scripts) VALUES (?, ?, ?)",
                op,
                scene,
                json(SCRIPTS, scripts));
    }

    Optional<Snapshot> snapshot(long op) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT scene, scripts FROM snapshots WHERE op = ?")) {
            p.setLong(1, op);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Snapshot(op, rs.getString(1), parse(SCRIPTS, rs.getString(2), op)));
            }
        }
    }

    List<Long> snapshotIds() throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT op FROM snapshots")) {
            while (rs.next()) out.add(rs.getLong(1));
        }
        return out;
    }

    /** Tracked script paths and their content ({@link StoredScript}) before the timeline first touched them (null: none). */
    Map<String, String> trackedScripts() throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT path, original FROM tracked_scripts ORDER BY path")) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    void trackScript(String path, String original) throws SQLException {
        update("INSERT OR IGNORE INTO tracked_scripts (path, original) VALUES (?, ?)", path, original);
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            p.executeUpdate();
        }
    }

    private static <T> String json(TypeReference<T> type, T value) {
        try {
            return AiJson.mapper().writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new TimelineException("cannot encode " + value + ": " + e.getMessage(), e);
        }
    }

    private <T> T parse(TypeReference<T> type, String text, long op) {
        try {
            return AiJson.mapper().readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new TimelineException(file + ": operation " + op + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new TimelineException(file + ": cannot close: " + e.getMessage(), e);
        }
    }
}
