package dev.luminara.core.component;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The immutable sorted set behind {@link Tags}: a sorted array. A tag test over a world's rows ({@code find_by_tag})
 * then reads the array and its strings instead of walking a tree map's nodes, which for 10,000 rows was a tenth of a
 * verification's CPU time; entities rarely carry more than a handful of tags.
 */
final class TagSet extends AbstractSet<String> implements SortedSet<String> {
    private final String[] tags;

    TagSet(Collection<String> values) {
        this.tags = new TreeSet<>(values).toArray(new String[0]);
    }

    private TagSet(String[] sorted) {
        this.tags = sorted;
    }

    @Override
    public boolean contains(Object o) {
        for (String t : tags) {
            if (t.equals(o)) return true;
        }
        return false;
    }

    @Override
    public int size() {
        return tags.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < tags.length;
            }

            @Override
            public String next() {
                if (next >= tags.length) throw new NoSuchElementException();
                return tags[next++];
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null; // natural order
    }

    @Override
    public SortedSet<String> subSet(String fromElement, String toElement) {
        return view(new TreeSet<>(this).subSet(fromElement, toElement));
    }

    @Override
    public SortedSet<String> headSet(String toElement) {
        return view(new TreeSet<>(this).headSet(toElement));
    }

    @Override
    public SortedSet<String> tailSet(String fromElement) {
        return view(new TreeSet<>(this).tailSet(fromElement));
    }

    private static SortedSet<String> view(SortedSet<String> part) {
        return new TagSet(part.toArray(new String[0]));
    }

    @Override
    public String first() {
        if (tags.length == 0) throw new NoSuchElementException("no tags");
        return tags[0];
    }

    @Override
    public String last() {
        if (tags.length == 0) throw new NoSuchElementException("no tags");
        return tags[tags.length - 1];
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(tags, tags.length, Object[].class);
    }
}
