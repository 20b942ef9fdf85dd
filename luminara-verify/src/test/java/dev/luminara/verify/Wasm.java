package dev.luminara.verify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A tiny WASM binary writer for tests: types, function imports, functions, one memory, function exports. */
final class Wasm {
    static final byte I32 = 0x7F, I64 = 0x7E, F32 = 0x7D, F64 = 0x7C;
    static final byte[] END = {0x0B};
    /** {@code loop br 0 end end}: a body that never returns. */
    static final byte[] FOREVER = {0x03, 0x40, 0x0C, 0x00, 0x0B, 0x0B};

    private final List<byte[]> types = new ArrayList<>();
    private final List<byte[]> imports = new ArrayList<>();
    private final List<Integer> funcTypes = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();
    private final List<byte[]> exports = new ArrayList<>();
    private Integer memoryPages;

    /** Adds a function type and returns its index. */
    int type(byte[] params, byte[] results) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0x60);
        vec(b, params);
        vec(b, results);
        types.add(b.toByteArray());
        return types.size() - 1;
    }

    /** Imports a function; returns its function index (imports come first). */
    int importFunction(String module, String name, int type) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        name(b, module);
        name(b, name);
        b.write(0x00);
        leb(b, type);
        imports.add(b.toByteArray());
        return imports.size() - 1;
    }

    /** Defines a function with no locals and exports it; {@code body} ends with 0x0B. */
    Wasm export(String name, int type, byte[] body) {
        funcTypes.add(type);
        bodies.add(body);
        int index = imports.size() + funcTypes.size() - 1;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        name(b, name);
        b.write(0x00);
        leb(b, index);
        exports.add(b.toByteArray());
        return this;
    }

    Wasm memory(int pages) {
        this.memoryPages = pages;
        return this;
    }

    byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00});
        section(out, 1, types);
        section(out, 2, imports);
        List<byte[]> f = new ArrayList<>();
        for (int t : funcTypes) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            leb(b, t);
            f.add(b.toByteArray());
        }
        section(out, 3, f);
        if (memoryPages != null) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write(0x00);
            leb(b, memoryPages);
            section(out, 5, List.of(b.toByteArray()));
        }
        section(out, 7, exports);
        List<byte[]> code = new ArrayList<>();
        for (byte[] body : bodies) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ByteArrayOutputStream fn = new ByteArrayOutputStream();
            leb(fn, 0); // no local declarations
            fn.writeBytes(body);
            leb(b, fn.size());
            b.writeBytes(fn.toByteArray());
            code.add(b.toByteArray());
        }
        section(out, 10, code);
        return out.toByteArray();
    }

    /** {@code local.get 0; f64.const value; call fn}. */
    static byte[] callWithEntityAndNumber(int fn, double value) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0x20, 0x00, 0x44});
        long bits = Double.doubleToLongBits(value);
        for (int i = 0; i < 8; i++) b.write((int) (bits >>> (8 * i)) & 0xFF);
        b.write(0x10);
        leb(b, fn);
        b.write(0x0B);
        return b.toByteArray();
    }

    private static void section(ByteArrayOutputStream out, int id, List<byte[]> items) {
        if (items.isEmpty()) return;
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        leb(content, items.size());
        for (byte[] i : items) content.writeBytes(i);
        out.write(id);
        leb(out, content.size());
        out.writeBytes(content.toByteArray());
    }

    private static void vec(ByteArrayOutputStream b, byte[] items) {
        leb(b, items.length);
        b.writeBytes(items);
    }

    private static void name(ByteArrayOutputStream b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        leb(b, bytes.length);
        b.writeBytes(bytes);
    }

    private static void leb(ByteArrayOutputStream b, int value) {
        int v = value;
        do {
            int bits = v & 0x7F;
            v >>>= 7;
            b.write(v != 0 ? bits | 0x80 : bits);
        } while (v != 0);
    }
}
