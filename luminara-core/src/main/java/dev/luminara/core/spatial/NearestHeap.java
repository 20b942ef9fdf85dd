package dev.luminara.core.spatial;

import java.util.Arrays;

/** The k best {@link HitKey}s seen so far, as a max-heap whose root is the worst one kept. */
final class NearestHeap {
    private final long[] heap;
    private int size;

    NearestHeap(int capacity) {
        heap = new long[capacity];
    }

    boolean isFull() {
        return size == heap.length;
    }

    long worst() {
        return heap[0];
    }

    /** Whether {@code key} would be kept: there is room, or it beats the worst. */
    boolean accepts(long key) {
        return size < heap.length || key < heap[0];
    }

    void add(long key) {
        if (size < heap.length) {
            int i = size++;
            heap[i] = key;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] >= heap[i]) break;
                swap(i, parent);
                i = parent;
            }
            return;
        }
        heap[0] = key;
        int i = 0;
        while (true) {
            int left = 2 * i + 1, right = left + 1, largest = i;
            if (left < size && heap[left] > heap[largest]) largest = left;
            if (right < size && heap[right] > heap[largest]) largest = right;
            if (largest == i) return;
            swap(i, largest);
            i = largest;
        }
    }

    void clear() {
        size = 0;
    }

    /** The kept keys, best first. */
    long[] sorted() {
        long[] out = Arrays.copyOf(heap, size);
        Arrays.sort(out);
        return out;
    }

    private void swap(int a, int b) {
        long t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
