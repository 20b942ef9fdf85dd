package dev.luminara.script.lua.internal;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * Lua 5.2 pattern matching ({@code find}, {@code match}, {@code gmatch}, {@code gsub}) with every matcher step counted
 * against the sandbox. LuaJ's own matcher runs in Java without any hook, so a backtracking pattern such as
 * {@code ("a"):rep(1e4):find(".-.-.-.-b")} would run for hours unstoppably; this one is stopped like any loop.
 * Semantics follow lstrlib.c.
 */
final class LuaPatterns {
    private static final int MAX_CAPTURES = 32;
    private static final int MAX_DEPTH = 200;
    private static final int CAP_UNFINISHED = -1;
    private static final int CAP_POSITION = -2;
    private static final int STEP_BATCH = 256;
    private static final String SPECIALS = "^$*+?.([%-";

    private LuaPatterns() {}

    static Varargs find(Varargs args, boolean find) {
        LuaString s = args.checkstring(1);
        LuaString p = args.checkstring(2);
        int ls = s.length();
        int init = start(args.optint(3, 1), ls);
        if (init > ls + 1) return LuaValue.NIL;
        if (find && (args.arg(4).toboolean() || noSpecials(p))) {
            int at = s.indexOf(p, init);
            return at < 0
                    ? LuaValue.NIL
                    : LuaValue.varargsOf(LuaValue.valueOf(at + 1), LuaValue.valueOf(at + p.length()));
        }
        State ms = new State(s, p);
        boolean anchor = p.length() > 0 && p.luaByte(0) == '^';
        int pi = anchor ? 1 : 0;
        int si = init;
        do {
            ms.reset();
            int e = ms.match(si, pi);
            if (e != -1) {
                if (find) {
                    return LuaValue.varargsOf(
                            LuaValue.valueOf(si + 1), LuaValue.valueOf(e), ms.captures(-1, -1, false));
                }
                return ms.captures(si, e, true);
            }
            si++;
        } while (si <= ls && !anchor);
        return LuaValue.NIL;
    }

    static LuaValue gmatch(Varargs args) {
        LuaString s = args.checkstring(1);
        LuaString p = args.checkstring(2);
        return new VarArgFunction() {
            private int next;

            @Override
            public Varargs invoke(Varargs unused) {
                State ms = new State(s, p);
                for (; next <= s.length(); next++) {
                    ms.reset();
                    int e = ms.match(next, 0);
                    if (e != -1) {
                        int start = next;
                        next = e == next ? e + 1 : e;
                        return ms.captures(start, e, true);
                    }
                }
                return LuaValue.NIL;
            }
        };
    }

    static Varargs gsub(Varargs args) {
        LuaString src = args.checkstring(1);
        LuaString p = args.checkstring(2);
        LuaValue repl = args.arg(3);
        int maxN = args.optint(4, src.length() + 1);
        if (!(repl.isstring() || repl.istable() || repl.isfunction())) {
            throw new LuaError(
                    "bad argument #3 to 'gsub' (string/function/table expected, got " + repl.typename() + ")");
        }
        boolean anchor = p.length() > 0 && p.luaByte(0) == '^';
        int pi = anchor ? 1 : 0;
        State ms = new State(src, p);
        LuaStrings.Builder out = new LuaStrings.Builder("string.gsub");
        int si = 0;
        int n = 0;
        while (n < maxN) {
            ms.reset();
            int e = ms.match(si, pi);
            if (e != -1) {
                n++;
                ms.addValue(out, si, e, repl);
            }
            if (e != -1 && e > si) {
                si = e;
            } else if (si < src.length()) {
                out.append(src.luaByte(si++));
            } else {
                break;
            }
            if (anchor) break;
        }
        out.append(src, si, src.length());
        return LuaValue.varargsOf(out.toLuaString(), LuaValue.valueOf(n));
    }

    private static int start(int init, int len) {
        if (init > 0) return init - 1;
        if (init == 0) return 0;
        return Math.max(0, len + init);
    }

    private static boolean noSpecials(LuaString p) {
        for (int i = 0; i < p.length(); i++) {
            if (SPECIALS.indexOf(p.luaByte(i)) >= 0) return false;
        }
        return true;
    }

    /** The state of one match attempt. */
    private static final class State {
        final LuaString src;
        final LuaString pat;
        final int srcLen;
        final int patLen;
        final SandboxHook hook = SandboxHook.current();
        final int[] cInit = new int[MAX_CAPTURES];
        final int[] cLen = new int[MAX_CAPTURES];
        int level;
        int depth;
        int steps;

        State(LuaString src, LuaString pat) {
            this.src = src;
            this.pat = pat;
            this.srcLen = src.length();
            this.patLen = pat.length();
        }

        void reset() {
            level = 0;
            depth = MAX_DEPTH;
        }

        private void step() {
            if (++steps >= STEP_BATCH) {
                if (hook != null) hook.steps(steps);
                steps = 0;
            }
        }

        int classEnd(int pi) {
            if (pi >= patLen) throw new LuaError("malformed pattern (ends with '%')");
            int c = pat.luaByte(pi++);
            if (c == '%') {
                if (pi >= patLen) throw new LuaError("malformed pattern (ends with '%')");
                return pi + 1;
            }
            if (c == '[') {
                if (pi < patLen && pat.luaByte(pi) == '^') pi++;
                do {
                    if (pi >= patLen) throw new LuaError("malformed pattern (missing ']')");
                    int cc = pat.luaByte(pi++);
                    if (cc == '%' && pi < patLen) pi++;
                } while (pi >= patLen || pat.luaByte(pi) != ']');
                return pi + 1;
            }
            return pi;
        }

        static boolean matchClass(int c, int cl) {
            boolean res;
            switch (Character.toLowerCase(cl)) {
                case 'a' -> res = Character.isLetter(c) && c < 128;
                case 'c' -> res = c < 32 || c == 127;
                case 'd' -> res = c >= '0' && c <= '9';
                case 'g' -> res = c > 32 && c < 127;
                case 'l' -> res = c >= 'a' && c <= 'z';
                case 'p' ->
                    res = (c >= 33 && c <= 47)
                            || (c >= 58 && c <= 64)
                            || (c >= 91 && c <= 96)
                            || (c >= 123 && c <= 126);
                case 's' -> res = c == ' ' || (c >= 9 && c <= 13);
                case 'u' -> res = c >= 'A' && c <= 'Z';
                case 'w' -> res = (c >= '0' && c <= '9') || (c < 128 && Character.isLetter(c));
                case 'x' -> res = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                default -> {
                    return cl == c;
                }
            }
            return Character.isUpperCase(cl) != res;
        }

        boolean matchBracketClass(int c, int pi, int ecI) {
            boolean sig = true;
            if (pat.luaByte(pi + 1) == '^') {
                sig = false;
                pi++;
            }
            while (++pi < ecI) {
                int pc = pat.luaByte(pi);
                if (pc == '%') {
                    pi++;
                    if (matchClass(c, pat.luaByte(pi))) return sig;
                } else if (pi + 2 < ecI && pat.luaByte(pi + 1) == '-') {
                    if (pc <= c && c <= pat.luaByte(pi + 2)) return sig;
                    pi += 2;
                } else if (pc == c) {
                    return sig;
                }
            }
            return !sig;
        }

        boolean singleMatch(int si, int pi, int ep) {
            if (si >= srcLen) return false;
            int c = src.luaByte(si);
            int pc = pat.luaByte(pi);
            switch (pc) {
                case '.':
                    return true;
                case '%':
                    return matchClass(c, pat.luaByte(pi + 1));
                case '[':
                    return matchBracketClass(c, pi, ep - 1);
                default:
                    return pc == c;
            }
        }

        int match(int si, int pi) {
            if (depth-- == 0) throw new LuaError("pattern too complex");
            try {
                while (true) {
                    step();
                    if (pi == patLen) return si;
                    int pc = pat.luaByte(pi);
                    switch (pc) {
                        case '(':
                            if (pi + 1 < patLen && pat.luaByte(pi + 1) == ')') {
                                return startCapture(si, pi + 2, CAP_POSITION);
                            }
                            return startCapture(si, pi + 1, CAP_UNFINISHED);
                        case ')':
                            return endCapture(si, pi + 1);
                        case '$':
                            if (pi + 1 == patLen) return si == srcLen ? si : -1;
                            break;
                        case '%':
                            if (pi + 1 < patLen) {
                                int nc = pat.luaByte(pi + 1);
                                if (nc == 'b') return matchBalance(si, pi + 2);
                                if (nc == 'f') {
                                    pi += 2;
                                    if (pi >= patLen || pat.luaByte(pi) != '[') {
                                        throw new LuaError("missing '[' after '%f' in pattern");
                                    }
                                    int ep = classEnd(pi);
                                    int prev = si == 0 ? 0 : src.luaByte(si - 1);
                                    int cur = si < srcLen ? src.luaByte(si) : 0;
                                    if (!matchBracketClass(prev, pi, ep - 1) && matchBracketClass(cur, pi, ep - 1)) {
                                        pi = ep;
                                        continue;
                                    }
                                    return -1;
                                }
                                if (Character.isDigit(nc)) {
                                    si = matchCapture(si, nc);
                                    if (si == -1) return -1;
                                    pi += 2;
                                    continue;
                                }
                            }
                            break;
                        default:
                            break;
                    }
                    int ep = classEnd(pi);
                    int epc = ep < patLen ? pat.luaByte(ep) : '\0';
                    boolean m = singleMatch(si, pi, ep);
                    if (epc == '?') {
                        if (m) {
                            int res = match(si + 1, ep + 1);
                            if (res != -1) return res;
                        }
                        pi = ep + 1;
                        continue;
                    }
                    if (epc == '+') return m ? maxExpand(si + 1, pi, ep) : -1;
                    if (epc == '*') return maxExpand(si, pi, ep);
                    if (epc == '-') return minExpand(si, pi, ep);
                    if (!m) return -1;
                    si++;
                    pi = ep;
                }
            } finally {
                depth++;
            }
        }

        int maxExpand(int si, int pi, int ep) {
            int i = 0;
            while (singleMatch(si + i, pi, ep)) {
                i++;
                step();
            }
            while (i >= 0) {
                int res = match(si + i, ep + 1);
                if (res != -1) return res;
                i--;
            }
            return -1;
        }

        int minExpand(int si, int pi, int ep) {
            while (true) {
                int res = match(si, ep + 1);
                if (res != -1) return res;
                if (singleMatch(si, pi, ep)) si++;
                else return -1;
            }
        }

        int startCapture(int si, int pi, int what) {
            if (level >= MAX_CAPTURES) throw new LuaError("too many captures");
            cInit[level] = si;
            cLen[level] = what;
            level++;
            int res = match(si, pi);
            if (res == -1) level--;
            return res;
        }

        int endCapture(int si, int pi) {
            int l = captureToClose();
            cLen[l] = si - cInit[l];
            int res = match(si, pi);
            if (res == -1) cLen[l] = CAP_UNFINISHED;
            return res;
        }

        int captureToClose() {
            for (int l = level - 1; l >= 0; l--) {
                if (cLen[l] == CAP_UNFINISHED) return l;
            }
            throw new LuaError("invalid pattern capture");
        }

        int matchBalance(int si, int pi) {
            if (pi + 1 >= patLen) throw new LuaError("missing arguments to '%b'");
            if (si >= srcLen || src.luaByte(si) != pat.luaByte(pi)) return -1;
            int b = pat.luaByte(pi);
            int e = pat.luaByte(pi + 1);
            int cont = 1;
            int s = si;
            while (++s < srcLen) {
                step();
                int c = src.luaByte(s);
                if (c == e) {
                    if (--cont == 0) return match(s + 1, pi + 2);
                } else if (c == b) {
                    cont++;
                }
            }
            return -1;
        }

        int matchCapture(int si, int l) {
            l -= '1';
            if (l < 0 || l >= level || cLen[l] == CAP_UNFINISHED) throw new LuaError("invalid capture index");
            int len = cLen[l];
            if (srcLen - si >= len && LuaString.equals(src, cInit[l], src, si, len)) return si + len;
            return -1;
        }

        LuaValue capture(int i, int s, int e) {
            if (i >= level) {
                if (i == 0) return src.substring(s, e);
                throw new LuaError("invalid capture index");
            }
            int l = cLen[i];
            if (l == CAP_UNFINISHED) throw new LuaError("unfinished capture");
            if (l == CAP_POSITION) return LuaValue.valueOf(cInit[i] + 1);
            return src.substring(cInit[i], cInit[i] + l);
        }

        Varargs captures(int s, int e, boolean wholeIfNone) {
            int n = (level == 0 && wholeIfNone) ? 1 : level;
            LuaValue[] v = new LuaValue[n];
            for (int i = 0; i < n; i++) v[i] = capture(i, s, e);
            return LuaValue.varargsOf(v);
        }

        void addValue(LuaStrings.Builder out, int s, int e, LuaValue repl) {
            LuaValue result;
            if (repl.isstring()) {
                LuaString r = repl.checkstring();
                for (int i = 0; i < r.length(); i++) {
                    int c = r.luaByte(i);
                    if (c == '%' && i + 1 < r.length()) {
                        c = r.luaByte(++i);
                        if (c == '0') out.append(src, s, e);
                        else if (Character.isDigit(c))
                            out.append(capture(c - '1', s, e).strvalue());
                        else out.append((byte) c);
                    } else {
                        out.append((byte) c);
                    }
                }
                return;
            }
            LuaValue key = capture(0, s, e);
            result = repl.istable()
                    ? ((LuaTable) repl).get(key)
                    : repl.invoke(captures(s, e, true)).arg1();
            if (!result.toboolean()) {
                out.append(src, s, e);
            } else if (result.isstring()) {
                out.append(result.strvalue());
            } else {
                throw new LuaError("invalid replacement value (a " + result.typename() + ")");
            }
        }
    }
}
