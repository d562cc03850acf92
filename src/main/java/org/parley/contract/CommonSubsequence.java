package org.parley.contract;

import java.util.Arrays;

/**
 * Which elements of two sequences (of ids: lines or words) belong to a common subsequence, in
 * order: Myers' O(ND) difference algorithm in linear space (the bisection variant of
 * diff-match-patch). Like git's xdiff it bounds the work: past {@link #costLimit} edits in one
 * bisection it splits at the furthest point either search has reached instead of the optimal
 * middle, so that two texts with little in common cost O(N·√N) rather than O(N·D). The result may
 * then be a little longer than the shortest edit, never wrong: only equal elements are marked.
 */
final class CommonSubsequence {

    final boolean[] a;
    final boolean[] b;
    private final int[] x;
    private final int[] y;
    private final int costLimit;

    private CommonSubsequence(int[] x, int[] y) {
        this.x = x;
        this.y = y;
        this.a = new boolean[x.length];
        this.b = new boolean[y.length];
        this.costLimit = Math.max(256, (int) Math.sqrt(x.length + y.length) * 2);
    }

    /** What a walk through the two sequences meets: stretches both share, and stretches that differ. */
    interface Walk {
        void equal(int aFrom, int aTo, int bFrom, int bTo);

        void changed(int aFrom, int aTo, int bFrom, int bTo);
    }

    /** Walks both sequences in order: each shared stretch, and between them what only one side or each side has instead. */
    void walk(Walk walk) {
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int oldFrom = i;
            int newFrom = j;
            if (i < a.length && j < b.length && a[i] && b[j]) {
                while (i < a.length && j < b.length && a[i] && b[j]) {
                    i++;
                    j++;
                }
                walk.equal(oldFrom, i, newFrom, j);
                continue;
            }
            while (i < a.length && !a[i]) {
                i++;
            }
            while (j < b.length && !b[j]) {
                j++;
            }
            walk.changed(oldFrom, i, newFrom, j);
        }
    }

    /**
     * Elements found on only one side can never match: they are set aside before the search (as
     * git's xdiff does), so that the search runs on what both sides share, which is small where
     * paragraphs were rewritten and the rest is unchanged.
     */
    static CommonSubsequence of(int[] x, int[] y) {
        int ids = 0;
        for (int v : x) {
            ids = Math.max(ids, v + 1);
        }
        for (int v : y) {
            ids = Math.max(ids, v + 1);
        }
        boolean[] inX = new boolean[ids];
        boolean[] inY = new boolean[ids];
        for (int v : x) {
            inX[v] = true;
        }
        for (int v : y) {
            inY[v] = true;
        }
        int[] keptX = kept(x, inY);
        int[] keptY = kept(y, inX);
        CommonSubsequence matches = new CommonSubsequence(x, y);
        if (keptX.length == x.length && keptY.length == y.length) {
            matches.diff(0, x.length, 0, y.length);
            return matches;
        }
        CommonSubsequence shared = new CommonSubsequence(values(x, keptX), values(y, keptY));
        shared.diff(0, keptX.length, 0, keptY.length);
        for (int i = 0; i < keptX.length; i++) {
            matches.a[keptX[i]] = shared.a[i];
        }
        for (int j = 0; j < keptY.length; j++) {
            matches.b[keptY[j]] = shared.b[j];
        }
        return matches;
    }

    /** The positions of the elements the other side also has. */
    private static int[] kept(int[] values, boolean[] inOther) {
        int count = 0;
        for (int v : values) {
            if (inOther[v]) {
                count++;
            }
        }
        int[] positions = new int[count];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (inOther[values[i]]) {
                positions[k++] = i;
            }
        }
        return positions;
    }

    private static int[] values(int[] values, int[] positions) {
        int[] result = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            result[i] = values[positions[i]];
        }
        return result;
    }

    private void diff(int aLo, int aHi, int bLo, int bHi) {
        while (aLo < aHi && bLo < bHi && x[aLo] == y[bLo]) {
            a[aLo++] = true;
            b[bLo++] = true;
        }
        while (aLo < aHi && bLo < bHi && x[aHi - 1] == y[bHi - 1]) {
            a[--aHi] = true;
            b[--bHi] = true;
        }
        if (aLo == aHi || bLo == bHi) {
            return;
        }
        int[] split = bisect(aLo, aHi, bLo, bHi);
        if (split != null && (split[0] > 0 || split[1] > 0) && (split[0] < aHi - aLo || split[1] < bHi - bLo)) {
            diff(aLo, aLo + split[0], bLo, bLo + split[1]);
            diff(aLo + split[0], aHi, bLo + split[1], bHi);
        }
    }

    /** Finds the middle of an optimal path from both ends at once (Myers 1986, section 4b), or a good-enough split past the cost limit. */
    private int[] bisect(int aLo, int aHi, int bLo, int bHi) {
        int n = aHi - aLo;
        int m = bHi - bLo;
        int maxD = (n + m + 1) / 2;
        int offset = maxD;
        int length = 2 * maxD + 2;
        int[] v1 = new int[length];
        int[] v2 = new int[length];
        Arrays.fill(v1, -1);
        Arrays.fill(v2, -1);
        v1[offset + 1] = 0;
        v2[offset + 1] = 0;
        int delta = n - m;
        boolean front = (delta & 1) != 0;
        int k1start = 0;
        int k1end = 0;
        int k2start = 0;
        int k2end = 0;
        for (int d = 0; d < maxD; d++) {
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                int k1Offset = offset + k1;
                int x1 = k1 == -d || k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1] ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && x[aLo + x1] == y[bLo + y1]) {
                    x1++;
                    y1++;
                }
                v1[k1Offset] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset]) {
                        return new int[] {x1, y1};
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                int k2Offset = offset + k2;
                int x2 = k2 == -d || k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1] ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && x[aLo + n - x2 - 1] == y[bLo + m - y2 - 1]) {
                    x2++;
                    y2++;
                }
                v2[k2Offset] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && v1[k1Offset] != -1) {
                        int x1 = v1[k1Offset];
                        int y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            return new int[] {x1, y1};
                        }
                    }
                }
            }
            if (d >= costLimit) {
                return furthest(v1, v2, offset, d, n, m, k1start, k1end, k2start, k2end);
            }
        }
        return null;
    }

    /** The point furthest along either search: where to split when an optimal middle costs too much to find. */
    private static int[] furthest(int[] v1, int[] v2, int offset, int d, int n, int m, int k1start, int k1end, int k2start, int k2end) {
        int[] best = null;
        int bestReach = -1;
        for (int k = -d + k1start; k <= d - k1end; k += 2) {
            int x1 = v1[offset + k];
            int y1 = x1 - k;
            if (x1 >= 0 && x1 <= n && y1 >= 0 && y1 <= m && x1 + y1 > bestReach) {
                bestReach = x1 + y1;
                best = new int[] {x1, y1};
            }
        }
        for (int k = -d + k2start; k <= d - k2end; k += 2) {
            int x2 = v2[offset + k];
            int y2 = x2 - k;
            if (x2 >= 0 && x2 <= n && y2 >= 0 && y2 <= m && x2 + y2 > bestReach) {
                bestReach = x2 + y2;
                best = new int[] {n - x2, m - y2};
            }
        }
        return best;
    }
}
