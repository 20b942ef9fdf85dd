package dev.luminara.ai.search;

import dev.luminara.ai.spatial.Positions;
import dev.luminara.core.Changes;
import dev.luminara.core.ComponentChange;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.spatial.SpatialHit;
import dev.luminara.core.spatial.SpatialIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds entities by description ("the red enemy near the tower") with Apache Lucene: one in-memory document per
 * entity (see {@link EntityText}), BM25 scores. {@link #refresh()} updates only the entities that changed since the
 * last refresh (from the world's change ticks), plus those near a named entity that moved or was renamed; it rebuilds
 * everything when history is incomplete or the world outgrew the bounds that position words are relative to.
 */
public final class SemanticIndex implements AutoCloseable {
    private static final String ID = "id";
    private static final float BOUNDS_MARGIN = 0.1f;
    private static final float NEAR_BOOST = 2f;
    private static final float TIE_BREAKER = 0.1f;

    private final World world;
    private final SpatialIndex spatial;
    private final Analyzer analyzer = new SearchAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private DirectoryReader reader;
    private long seenTick = -1;
    private Bounds bounds = Bounds.UNIT;
    private EntityText.Near near;
    private final Map<Entity, Landmark> landmarks = new HashMap<>();
    private int rebuilds;

    public SemanticIndex(World world, SpatialIndex spatial) {
        this.world = world;
        this.spatial = spatial;
        try {
            // a large buffer: a rebuild of 100,000 small documents then flushes a few segments, not dozens
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
            reader = DirectoryReader.open(writer);
        } catch (IOException e) {
            throw new SearchException("cannot create the search index: " + e.getMessage(), e);
        }
    }

    /** The best {@code topK} matches, best first; an empty or all-stop-word description matches nothing. */
    public List<SearchHit> search(String description, int topK) {
        refresh();
        Query query = query(description);
        if (query == null || topK <= 0) return List.of();
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(query, topK);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Entity e = Entity.parse(searcher.storedFields().document(sd.doc).get(ID));
                if (!world.isAlive(e)) continue;
                hits.add(new SearchHit(
                        e, world.find(e, Name.class).map(Name::value).orElse(null), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new SearchException("search for '" + description + "' failed: " + e.getMessage(), e);
        }
    }

    /** Number of indexed entities. */
    public int size() {
        refresh();
        return reader.numDocs();
    }

    /** How many full rebuilds have happened (the first build included): lets tests see that updates are incremental. */
    public int rebuilds() {
        return rebuilds;
    }

    /** The bounds position words are relative to, as of the last {@link #refresh()} (every search refreshes). */
    public Bounds bounds() {
        if (seenTick < 0) refresh();
        return bounds;
    }

    /** Brings the index up to date with the world. */
    public void refresh() {
        spatial.refresh(world);
        try {
            if (seenTick < 0) {
                rebuild();
            } else {
                Changes changes = world.changesSince(seenTick);
                if (!changes.complete()) {
                    rebuild();
                } else if (!changes.isEmpty()) {
                    update(changes);
                }
            }
            seenTick = world.checkpoint();
        } catch (IOException e) {
            throw new SearchException("cannot update the search index: " + e.getMessage(), e);
        }
    }

    private void rebuild() throws IOException {
        rebuilds++;
        writer.deleteAll();
        landmarks.clear();
        bounds = physicalBounds();
        near = new EntityText.Near(world, spatial, Math.min(0.2f * bounds.diagonal(), 12f));
        for (Entity e : world.entities()) {
            index(e, false);
        }
        reopen();
    }

    private void update(Changes changes) throws IOException {
        Set<Entity> dirty = new TreeSet<>(changes.spawned());
        for (ComponentChange c : changes.components()) dirty.add(c.entity());
        List<Entity> gone = new ArrayList<>(changes.despawned());
        // a mass change (or a mass despawn, such as undoing a big spawn) is cheaper rebuilt, and shrinks the bounds
        if (dirty.size() + gone.size() > Math.max(64, reader.numDocs() / 2)) {
            rebuild();
            return;
        }
        Set<Entity> moreDirty = new TreeSet<>();
        for (Entity e : dirty) {
            Vec3 p = world.isAlive(e) ? Positions.of(world, e).orElse(null) : null;
            if (p != null && !bounds.contains(p, BOUNDS_MARGIN)) {
                rebuild();
                return;
            }
            Landmark before = landmarks.get(e);
            Landmark now = world.isAlive(e) ? landmark(e, p) : null;
            if (before != null && !before.equals(now)) moreDirty.addAll(around(before.position));
            if (now != null && !now.equals(before)) moreDirty.addAll(around(now.position));
        }
        for (Entity e : gone) {
            Landmark before = landmarks.remove(e);
            if (before != null) moreDirty.addAll(around(before.position));
            writer.deleteDocuments(new Term(ID, e.toString()));
        }
        dirty.addAll(moreDirty);
        for (Entity e : dirty) {
            if (world.isAlive(e)) {
                index(e);
            } else {
                landmarks.remove(e);
                writer.deleteDocuments(new Term(ID, e.toString()));
            }
        }
        reopen();
    }

    private List<Entity> around(Vec3 p) {
        return spatial.withinRadius(p, near.radius()).stream()
                .map(SpatialHit::entity)
                .toList();
    }

    private void index(Entity e) throws IOException {
        index(e, true);
    }

    /** Indexes one entity; {@code replace == false} right after deleteAll, where there is nothing to replace. */
    private void index(Entity e, boolean replace) throws IOException {
        Vec3 p = Positions.of(world, e).orElse(null);
        Landmark l = landmark(e, p);
        if (l != null) landmarks.put(e, l);
        else landmarks.remove(e);
        Document doc = new Document();
        doc.add(new StringField(ID, e.toString(), Field.Store.YES));
        StringBuilder all = new StringBuilder();
        EntityText.of(world, e, p, bounds, near).forEach((field, text) -> {
            // fields that only feed the shared text are not indexed on their own: analysis is most of the cost
            if (field.bonus > 0 || field == SearchField.NEAR) doc.add(new TextField(field.field, text, Field.Store.NO));
            if (field != SearchField.NEAR) all.append(text).append(' ');
        });
        doc.add(new TextField(SearchField.ALL.field, all.toString(), Field.Store.NO));
        if (replace) writer.updateDocument(new Term(ID, e.toString()), doc);
        else writer.addDocument(doc);
    }

    private Landmark landmark(Entity e, Vec3 p) {
        if (p == null) return null;
        return world.find(e, Name.class).map(n -> new Landmark(n.value(), p)).orElse(null);
    }

    private void reopen() throws IOException {
        DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
        if (fresh != null) {
            reader.close();
            reader = fresh;
        }
    }

    /** Bounds of the things that take up room (meshes, colliders), so a far camera or sun does not stretch them. */
    private Bounds physicalBounds() {
        List<Vec3> solid = new ArrayList<>();
        List<Vec3> all = new ArrayList<>();
        world.query(Transform.class).forEachEntity(e -> {
            Vec3 p = Positions.of(world, e).orElse(Vec3.ZERO);
            all.add(p);
            if (world.has(e, MeshShape.class) || world.has(e, Collider.class)) solid.add(p);
        });
        return Bounds.of(solid.isEmpty() ? all : solid);
    }

    private Query query(String description) {
        QueryText q = QueryText.parse(description);
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms(q.subject())) {
            // every word is scored once over all the text; a match in an identifying field (the name) adds a bonus
            BooleanQuery.Builder word = new BooleanQuery.Builder();
            word.add(new TermQuery(new Term(SearchField.ALL.field, term)), BooleanClause.Occur.SHOULD);
            List<Query> identifying = new ArrayList<>();
            for (SearchField f : SearchField.values()) {
                if (f.bonus > 0) identifying.add(new BoostQuery(new TermQuery(new Term(f.field, term)), f.bonus));
            }
            word.add(new DisjunctionMaxQuery(identifying, TIE_BREAKER), BooleanClause.Occur.SHOULD);
            root.add(word.build(), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        for (String phrase : q.near()) {
            for (String term : terms(phrase)) {
                root.add(
                        new BoostQuery(new TermQuery(new Term(SearchField.NEAR.field, term)), NEAR_BOOST),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : root.build();
    }

    /** The distinct analysed terms of a text, in order. */
    private List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("query", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!out.contains(t)) out.add(t);
            }
            ts.end();
        } catch (IOException e) {
            throw new SearchException("cannot analyse '" + text + "': " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new SearchException("cannot close the search index: " + e.getMessage(), e);
        }
    }

    private record Landmark(String name, Vec3 position) {}
}
